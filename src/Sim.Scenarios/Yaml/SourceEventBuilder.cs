using System.Globalization;
using Sim.Model;
using Sim.Model.Scenarios;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Sim.Scenarios;

/// <summary>
/// Builds the <see cref="SourceNode"/> tree of the first document from YamlDotNet's parser events with an explicit
/// stack of open lists and maps: the depth is checked before a level is opened, so no input can exhaust the call
/// stack. The first alias, the first level beyond the depth limit or a second document stops the build with one error.
/// </summary>
internal sealed class SourceEventBuilder(string file, int maxDepth, List<ScenarioError> errors)
{
    private readonly Stack<OpenNode> _open = new();

    /// <summary>The root node; null for an empty stream or when a limit was hit (then the error is added).</summary>
    public SourceNode? Build(IParser parser)
    {
        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _))
        {
            return null;
        }

        parser.Consume<DocumentStart>();
        SourceNode? root = null;
        while (root is null)
        {
            var (stop, node) = Next(parser);
            if (stop)
            {
                return null;
            }

            if (node is not null)
            {
                root = Complete(node);
            }
        }

        parser.Consume<DocumentEnd>();
        if (parser.Accept<DocumentStart>(out var second))
        {
            Add(second.Start, string.Empty, "one document", "a scenario file holds one YAML document; a second one starts here ('---')");
            return null;
        }

        return root;
    }

    /// <summary>Consumes one event: stops at a limit, opens a level (no node), or completes a node.</summary>
    private (bool Stop, SourceNode? Node) Next(IParser parser)
    {
        var start = parser.Current!.Start;
        switch (parser.Consume<ParsingEvent>())
        {
            case Scalar s:
                return (false, new SourceScalar(file, Line(start), Column(start), s.Value,
                    s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted));
            case AnchorAlias alias:
                Add(start, ChildPath(), "a value written out (aliases are not allowed)",
                    $"aliases are not allowed in scenario files (found *{alias.Value}); write the value out");
                return (true, null);
            case SequenceStart or MappingStart when _open.Count >= maxDepth:
                Add(start, ChildPath(), FormattableString.Invariant($"at most {maxDepth} nested lists and maps"),
                    FormattableString.Invariant($"nesting is deeper than the limit of {maxDepth} levels for scenario files"));
                return (true, null);
            case SequenceStart:
                _open.Push(new OpenNode(ChildPath(), Line(start), Column(start), isMap: false));
                return (false, null);
            case MappingStart:
                _open.Push(new OpenNode(ChildPath(), Line(start), Column(start), isMap: true));
                return (false, null);
            case SequenceEnd or MappingEnd:
                var closed = _open.Pop();
                return (false, closed.IsMap
                    ? new SourceMap(file, closed.Line, closed.Column, closed.Entries)
                    : new SourceSequence(file, closed.Line, closed.Column, closed.Items));
            default:
                return (false, null);
        }
    }

    /// <summary>Hands a completed node to the level it belongs to; returns it when it is the document's root.</summary>
    private SourceNode? Complete(SourceNode node)
    {
        if (!_open.TryPeek(out var parent))
        {
            return node;
        }

        if (!parent.IsMap)
        {
            parent.Items.Add(node);
        }
        else if (parent.Key is null)
        {
            parent.Key = node;
        }
        else
        {
            if (parent.Key is SourceScalar key)
            {
                parent.Entries.Add(new SourceEntry(key.Text, file, key.Line, key.Column, node));
            }
            else
            {
                errors.Add(new ScenarioError(file, parent.Key.Line, parent.Key.Column, parent.Path, null,
                    "a plain key", "keys must be plain scalars"));
            }

            parent.Key = null;
        }

        return null;
    }

    /// <summary>The key path of the node about to be read (for messages).</summary>
    private string ChildPath()
    {
        if (!_open.TryPeek(out var parent))
        {
            return string.Empty;
        }

        if (!parent.IsMap)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{parent.Path}[{parent.Items.Count}]");
        }

        var key = parent.Key is SourceScalar s ? s.Text : string.Empty;
        return parent.Path.Length == 0 ? key : key.Length == 0 ? parent.Path : parent.Path + "." + key;
    }

    /// <summary>Adds an error; a path grown long by deep nesting is cut so the message stays one readable line.</summary>
    private void Add(Mark at, string path, string allowed, string message) =>
        errors.Add(new ScenarioError(file, Line(at), Column(at), path.Length > 60 ? path[..57] + "..." : path, null, allowed, message));

    private static int Line(Mark mark) => (int)Math.Min(mark.Line, int.MaxValue);

    private static int Column(Mark mark) => (int)Math.Min(mark.Column, int.MaxValue);

    /// <summary>A list or map whose end has not been read yet.</summary>
    private sealed class OpenNode(string path, int line, int column, bool isMap)
    {
        public string Path { get; } = path;

        public int Line { get; } = line;

        public int Column { get; } = column;

        public bool IsMap { get; } = isMap;

        public List<SourceNode> Items { get; } = [];

        public List<SourceEntry> Entries { get; } = [];

        /// <summary>The key read whose value is awaited (maps only).</summary>
        public SourceNode? Key { get; set; }
    }
}
