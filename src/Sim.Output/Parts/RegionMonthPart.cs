using Sim.Output.Dictionary;
using Sim.Model;
using Sim.Model.Engine;
using Sim.Model.Regions;
using Sim.Parquet;

namespace Sim.Output.Parts;

/// <summary>
/// A region's <c>region_month</c> part: one row per simulated month, kept (a few hundred bytes a month) and written
/// in one batch when the run completes. Columns come from the data dictionary, values from the model's descriptors.
/// </summary>
public sealed class RegionMonthPart
{
    private readonly List<RegionMonthIndicators> _rows = [];
    private readonly Region _region;

    /// <summary>Creates the part of <paramref name="region"/>.</summary>
    public RegionMonthPart(Region region) => _region = region;

    /// <summary>The part's path relative to the run folder.</summary>
    public string RelativePath => $"{OutputTables.RegionMonth.Name}/part-{_region.Index:D2}.parquet";

    /// <summary>Rows kept so far.</summary>
    public int Count => _rows.Count;

    /// <summary>Adds the row of one month.</summary>
    public void Add(in RegionMonthIndicators row)
    {
        if (row.RegionIndex != _region.Index)
        {
            throw new ArgumentException($"row of region {row.RegionIndex} given to the part of region {_region.Index}", nameof(row));
        }

        _rows.Add(row);
    }

    /// <summary>Writes the part file under <paramref name="root"/>, pages compressed with <paramref name="compression"/>, and returns its manifest entry.</summary>
    public OutputFileInfo Write(OutputRoot root, OutputTags tags, ParquetCompression compression)
    {
        var table = OutputTables.RegionMonth;
        using var part = new PartFile(root, RelativePath, table, tags, compression);
        var w = part.Writer;
        var rows = _rows.ToArray();
        w.WriteColumn(Enumerable.Repeat<string?>(tags.Scenario, rows.Length).ToArray());
        w.WriteColumn<long>(Enumerable.Repeat((long)tags.Seed, rows.Length).ToArray());
        w.WriteColumn<DateOnly>(rows.Select(r => MonthDate.Of(new YearMonth(r.Year, r.Month))).ToArray());
        w.WriteColumn(Enumerable.Repeat<string?>(_region.Code, rows.Length).ToArray());
        w.WriteColumn(Enumerable.Repeat<string?>(_region.Name, rows.Length).ToArray());
        var byName = IndicatorColumns.All.ToDictionary(c => c.Name, StringComparer.Ordinal);
        foreach (var column in table.Columns.Skip(table.IndexOf("region_name") + 1))
        {
            var indicator = byName[column.Name];
            switch (indicator.Kind)
            {
                case IndicatorKind.Int32:
                    w.WriteColumn<int>(rows.Select(r => indicator.Int32Accessor!(ref r)).ToArray());
                    break;
                case IndicatorKind.Int64:
                    w.WriteColumn<long>(rows.Select(r => indicator.Int64Accessor!(ref r)).ToArray());
                    break;
                default:
                    w.WriteColumn<double>(rows.Select(r => indicator.DoubleAccessor!(ref r)).ToArray());
                    break;
            }
        }

        return part.Complete();
    }
}
