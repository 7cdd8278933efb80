namespace Sim.Calibration.Fit;

/// <summary>
/// A run's <c>region_month</c> rows arranged as consecutive monthly steps × regions, with accessors that
/// return persons (agent counts × weight). Built from Parquet (<see cref="RegionMonthParquet"/>) or from
/// rows produced in process.
/// </summary>
public sealed class RegionMonthTable
{
    private readonly RegionMonthRow[,] _rows;

    private RegionMonthTable(IReadOnlyList<string> regionCodes, DateOnly firstMonth, RegionMonthRow[,] rows)
    {
        RegionCodes = regionCodes;
        FirstMonth = firstMonth;
        _rows = rows;
    }

    /// <summary>Region codes by region index.</summary>
    public IReadOnlyList<string> RegionCodes { get; }

    /// <summary>Number of regions.</summary>
    public int RegionCount => RegionCodes.Count;

    /// <summary>First day of the first simulated month.</summary>
    public DateOnly FirstMonth { get; }

    /// <summary>Number of monthly steps.</summary>
    public int MonthCount => _rows.GetLength(0);

    /// <summary>First day of the month after the last step (the end of the run).</summary>
    public DateOnly EndDate => FirstMonth.AddMonths(MonthCount);

    /// <summary>
    /// Arranges rows (any order) into a table; every (month, region) of a consecutive month range must occur
    /// exactly once and region indices must match <paramref name="regionCodes"/>.
    /// </summary>
    public static RegionMonthTable FromRows(IEnumerable<RegionMonthRow> rows, IReadOnlyList<string> regionCodes)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            throw new InvalidDataException("region_month has no rows");
        }

        var first = list.Min(r => MonthKey(r));
        var last = list.Max(r => MonthKey(r));
        var months = last - first + 1;
        var table = new RegionMonthRow[months, regionCodes.Count];
        var seen = new bool[months, regionCodes.Count];
        foreach (var row in list)
        {
            if (row.RegionIndex < 0 || row.RegionIndex >= regionCodes.Count)
            {
                throw new InvalidDataException($"region_month row of {row.Year}-{row.Month:00} has region_index {row.RegionIndex}; the run has {regionCodes.Count} regions");
            }

            var m = MonthKey(row) - first;
            if (seen[m, row.RegionIndex])
            {
                throw new InvalidDataException($"region_month has two rows for {row.Year}-{row.Month:00}, region {regionCodes[row.RegionIndex]}");
            }

            seen[m, row.RegionIndex] = true;
            table[m, row.RegionIndex] = row;
        }

        for (var m = 0; m < months; m++)
        {
            for (var r = 0; r < regionCodes.Count; r++)
            {
                if (!seen[m, r])
                {
                    var month = FromKey(first + m);
                    throw new InvalidDataException($"region_month lacks the row of {month:yyyy-MM}, region {regionCodes[r]}");
                }
            }
        }

        return new RegionMonthTable(regionCodes, FromKey(first), table);
    }

    /// <summary>Index of a region code; throws when the run has no such region.</summary>
    public int RegionIndex(string code)
    {
        for (var i = 0; i < RegionCodes.Count; i++)
        {
            if (RegionCodes[i] == code)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"the run has no region '{code}' (regions: {string.Join(", ", RegionCodes)})");
    }

    /// <summary>The row of step <paramref name="step"/> (0 = first month) and a region.</summary>
    public RegionMonthRow Row(int step, int region) => _rows[step, region];

    /// <summary>Step index of the month containing <paramref name="date"/> (may be outside the run).</summary>
    public int StepOf(DateOnly date) => ((date.Year - FirstMonth.Year) * 12) + date.Month - FirstMonth.Month;

    /// <summary>First day of the month of step <paramref name="step"/>.</summary>
    public DateOnly MonthOf(int step) => FirstMonth.AddMonths(step);

    /// <summary>Whether <paramref name="date"/> lies within [first month start, end of the last month].</summary>
    public bool Covers(DateOnly date) => date >= FirstMonth && date <= EndDate;

    private static int MonthKey(RegionMonthRow row) => (row.Year * 12) + row.Month - 1;

    private static DateOnly FromKey(int key) => new(key / 12, (key % 12) + 1, 1);
}
