using Sim.Model;
using Sim.Model.Scenarios;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Sim.Scenarios;

/// <summary>Reads a YAML file into <see cref="SourceNode"/>s that remember their file, line and column.</summary>
internal static class SourceDocumentReader
{
    public static SourceMap? Read(string displayPath, string fullPath, List<ScenarioError> errors)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(fullPath);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            errors.Add(new ScenarioError(displayPath, (int)e.Start.Line, (int)e.Start.Column, string.Empty, null,
                "valid YAML", "invalid YAML: " + Innermost(e).Message));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return new SourceMap(displayPath, 1, 1, []);
        }

        var root = stream.Documents[0].RootNode;
        var converted = Convert(displayPath, root, string.Empty, errors);
        if (converted is SourceMap map)
        {
            return map;
        }

        if (converted is SourceScalar { IsNull: true })
        {
            return new SourceMap(displayPath, 1, 1, []);
        }

        errors.Add(new ScenarioError(displayPath, (int)root.Start.Line, (int)root.Start.Column, string.Empty, null,
            "a map of keys", "a scenario file must be a map of keys"));
        return null;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }

    private static SourceNode Convert(string file, YamlNode node, string path, List<ScenarioError> errors)
    {
        var line = (int)node.Start.Line;
        var column = (int)node.Start.Column;
        switch (node)
        {
            case YamlScalarNode s:
                return new SourceScalar(file, line, column, s.Value ?? string.Empty,
                    s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted);
            case YamlSequenceNode q:
                var items = new List<SourceNode>(q.Children.Count);
                for (var i = 0; i < q.Children.Count; i++)
                {
                    items.Add(Convert(file, q.Children[i], $"{path}[{i}]", errors));
                }

                return new SourceSequence(file, line, column, items);
            case YamlMappingNode m:
                var entries = new List<SourceEntry>(m.Children.Count);
                foreach (var (key, value) in m.Children)
                {
                    if (key is not YamlScalarNode ks || ks.Value is null)
                    {
                        errors.Add(new ScenarioError(file, (int)key.Start.Line, (int)key.Start.Column, path, null,
                            "a plain key", "keys must be plain scalars"));
                        continue;
                    }

                    var childPath = path.Length == 0 ? ks.Value : path + "." + ks.Value;
                    entries.Add(new SourceEntry(ks.Value, file, (int)key.Start.Line, (int)key.Start.Column,
                        Convert(file, value, childPath, errors)));
                }

                return new SourceMap(file, line, column, entries);
            default:
                errors.Add(new ScenarioError(file, line, column, path, null, "a scalar, list or map",
                    "unsupported YAML node (aliases are not allowed)"));
                return new SourceScalar(file, line, column, string.Empty, false);
        }
    }
}
