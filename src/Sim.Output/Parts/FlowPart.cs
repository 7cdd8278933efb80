using Sim.Output.Dictionary;
using Sim.Model;
using Sim.Model.Engine;
using Sim.Model.Regions;
using Sim.Parquet;

namespace Sim.Output.Parts;

/// <summary>
/// An origin region's <c>flows</c> part: the month's non-empty (destination, mover group) counts, kept in the order the
/// model reports them and written in one batch when the run completes.
/// </summary>
public sealed class FlowPart
{
    private readonly List<(YearMonth Month, FlowRow Row)> _rows = [];
    private readonly IReadOnlyList<Region> _regions;
    private readonly int _origin;
    private readonly double _weight;

    /// <summary>Creates the part of origin region <paramref name="origin"/>.</summary>
    public FlowPart(IReadOnlyList<Region> regions, int origin, double weight)
    {
        _regions = regions;
        _origin = origin;
        _weight = weight;
    }

    /// <summary>The part's path relative to the run folder.</summary>
    public string RelativePath => $"{OutputTables.Flows.Name}/part-{_origin:D2}.parquet";

    /// <summary>Rows kept so far.</summary>
    public int Count => _rows.Count;

    /// <summary>Adds the flow rows of one month (rows with no movers are skipped).</summary>
    public void Add(YearMonth month, IEnumerable<FlowRow> rows)
    {
        foreach (var row in rows)
        {
            if (row.OriginRegion != _origin)
            {
                throw new ArgumentException($"flow of origin {row.OriginRegion} given to the part of region {_origin}", nameof(rows));
            }

            if (row.Count > 0)
            {
                _rows.Add((month, row));
            }
        }
    }

    /// <summary>Writes the part file under <paramref name="root"/>, pages compressed with <paramref name="compression"/>, and returns its manifest entry.</summary>
    public OutputFileInfo Write(OutputRoot root, OutputTags tags, ParquetCompression compression)
    {
        using var part = new PartFile(root, RelativePath, OutputTables.Flows, tags, compression);
        if (_rows.Count == 0)
        {
            return part.Complete();
        }

        var w = part.Writer;
        w.WriteColumn(Enumerable.Repeat<string?>(tags.Scenario, _rows.Count).ToArray());
        w.WriteRepeated((long)tags.Seed, _rows.Count);
        w.WriteColumn<DateOnly>(_rows.Select(r => MonthDate.Of(r.Month)).ToArray());
        w.WriteColumn(_rows.Select(r => (string?)_regions[r.Row.OriginRegion].Code).ToArray());
        w.WriteColumn(_rows.Select(r => (string?)_regions[r.Row.DestinationRegion].Code).ToArray());
        w.WriteColumn(_rows.Select(r => (string?)CategoryNames.FlowGroup[(int)r.Row.Group]).ToArray());
        w.WriteColumn<long>(_rows.Select(r => (long)r.Row.Count).ToArray());
        w.WriteRepeated(_weight, _rows.Count);
        return part.Complete();
    }
}
