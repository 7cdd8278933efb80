using Sim.Model;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>A node of a scenario document with the file and position it was read from.</summary>
internal abstract class YNode(string file, int line, int column)
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public abstract string Describe();
}

/// <summary>A scalar value.</summary>
internal sealed class YScalar(string file, int line, int column, string text, bool quoted) : YNode(file, line, column)
{
    public string Text { get; } = text;

    /// <summary>Whether the value was written in quotes (then it is never a number or boolean).</summary>
    public bool Quoted { get; } = quoted;

    public bool IsNull => !Quoted && (Text.Length == 0 || Text is "~" or "null" or "Null" or "NULL");

    public override string Describe() => Text;
}

/// <summary>A sequence.</summary>
internal sealed class YSeq(string file, int line, int column, IReadOnlyList<YNode> items) : YNode(file, line, column)
{
    public IReadOnlyList<YNode> Items { get; } = items;

    public override string Describe() => "a list";
}

/// <summary>A key of a map with the position of the key itself.</summary>
internal sealed record YEntry(string Key, string File, int Line, int Column, YNode Value);

/// <summary>A map; keys keep their file order.</summary>
internal sealed class YMap(string file, int line, int column, IReadOnlyList<YEntry> entries) : YNode(file, line, column)
{
    public IReadOnlyList<YEntry> Entries { get; } = entries;

    public YEntry? Find(string key)
    {
        foreach (var e in Entries)
        {
            if (e.Key == key)
            {
                return e;
            }
        }

        return null;
    }

    public override string Describe() => "a map";

    /// <summary>
    /// Merges <paramref name="child"/> over <paramref name="parent"/>: maps merge key by key (recursively),
    /// anything else in the child replaces the parent's value. Positions stay with the file that set them.
    /// </summary>
    public static YMap Merge(YMap parent, YMap child)
    {
        var entries = new List<YEntry>(parent.Entries);
        foreach (var c in child.Entries)
        {
            var i = entries.FindIndex(e => e.Key == c.Key);
            if (i < 0)
            {
                entries.Add(c);
            }
            else if (entries[i].Value is YMap pm && c.Value is YMap cm)
            {
                entries[i] = c with { Value = Merge(pm, cm) };
            }
            else
            {
                entries[i] = c;
            }
        }

        return new YMap(child.File, child.Line, child.Column, entries);
    }

    /// <summary>This map without the given key.</summary>
    public YMap Without(string key) =>
        new(File, Line, Column, Entries.Where(e => e.Key != key).ToList());

    /// <summary>This map with the given key set (replaced or appended).</summary>
    public YMap With(YEntry entry)
    {
        var entries = new List<YEntry>(Entries);
        var i = entries.FindIndex(e => e.Key == entry.Key);
        if (i < 0)
        {
            entries.Add(entry);
        }
        else
        {
            entries[i] = entry;
        }

        return new YMap(File, Line, Column, entries);
    }
}
