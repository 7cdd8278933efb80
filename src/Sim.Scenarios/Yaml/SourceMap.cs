namespace Sim.Scenarios;

/// <summary>A map; keys keep their file order.</summary>
internal sealed class SourceMap(string file, int line, int column, IReadOnlyList<SourceEntry> entries) : SourceNode(file, line, column)
{
    public IReadOnlyList<SourceEntry> Entries { get; } = entries;

    public SourceEntry? Find(string key)
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
    public static SourceMap Merge(SourceMap parent, SourceMap child)
    {
        var entries = new List<SourceEntry>(parent.Entries);
        foreach (var c in child.Entries)
        {
            var i = entries.FindIndex(e => e.Key == c.Key);
            if (i < 0)
            {
                entries.Add(c);
            }
            else if (entries[i].Value is SourceMap pm && c.Value is SourceMap cm)
            {
                entries[i] = c with { Value = Merge(pm, cm) };
            }
            else
            {
                entries[i] = c;
            }
        }

        return new SourceMap(child.File, child.Line, child.Column, entries);
    }

    /// <summary>This map without the given key.</summary>
    public SourceMap Without(string key) =>
        new(File, Line, Column, Entries.Where(e => e.Key != key).ToList());

    /// <summary>This map with the given key set (replaced or appended).</summary>
    public SourceMap With(SourceEntry entry)
    {
        var entries = new List<SourceEntry>(Entries);
        var i = entries.FindIndex(e => e.Key == entry.Key);
        if (i < 0)
        {
            entries.Add(entry);
        }
        else
        {
            entries[i] = entry;
        }

        return new SourceMap(File, Line, Column, entries);
    }
}
