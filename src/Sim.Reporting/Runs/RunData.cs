namespace Sim.Reporting.Runs;

/// <summary>
/// One finished run as the reports see it: its <c>region_month</c> indicators by month and region (counts in
/// persons: agent counts × weight) and its inter-regional flows. Read with <see cref="RunFolderReader"/>.
/// </summary>
public sealed class RunData
{
    private readonly IReadOnlyDictionary<string, double[]> _values;

    internal RunData(string folder, ulong? seed, IReadOnlyList<DateOnly> months, IReadOnlyList<string> regionCodes,
        IReadOnlyList<string> regionNames, double weight, IReadOnlyList<string> indicators,
        IReadOnlyDictionary<string, double[]> values, FlowTotals flows)
    {
        Folder = folder;
        Seed = seed;
        Months = months;
        RegionCodes = regionCodes;
        RegionNames = regionNames;
        Weight = weight;
        Indicators = indicators;
        _values = values;
        Flows = flows;
    }

    /// <summary>The run folder.</summary>
    public string Folder { get; }

    /// <summary>The run's root seed (from its manifest), or null when the manifest does not say.</summary>
    public ulong? Seed { get; }

    /// <summary>The simulated months (first days), consecutive and ascending.</summary>
    public IReadOnlyList<DateOnly> Months { get; }

    /// <summary>Region codes in output order (part-RR files: region index order).</summary>
    public IReadOnlyList<string> RegionCodes { get; }

    /// <summary>Region names by region index (the code when the files carry no name).</summary>
    public IReadOnlyList<string> RegionNames { get; }

    /// <summary>Persons per agent (1/scale).</summary>
    public double Weight { get; }

    /// <summary>The numeric indicator columns of region_month, in file order (keys, seed and weight excluded).</summary>
    public IReadOnlyList<string> Indicators { get; }

    /// <summary>The run's flows between regions.</summary>
    public FlowTotals Flows { get; }

    /// <summary>Whether the run has the indicator column.</summary>
    public bool Has(string indicator) => _values.ContainsKey(indicator);

    /// <summary>
    /// The values of an indicator, indexed <c>month × regions + region</c>; counts in persons, other units as
    /// written.
    /// </summary>
    public ReadOnlySpan<double> Values(string indicator) =>
        _values.TryGetValue(indicator, out var v) ? v
        : throw new ReportInputException($"{Folder}: region_month has no column '{indicator}' (columns: {string.Join(", ", Indicators)})");

    /// <summary>The value of an indicator in one month (index into <see cref="Months"/>) and region.</summary>
    public double Value(string indicator, int month, int region) => Values(indicator)[(month * RegionCodes.Count) + region];

    /// <summary>Index of a region code, or -1.</summary>
    public int RegionIndex(string code)
    {
        for (var i = 0; i < RegionCodes.Count; i++)
        {
            if (RegionCodes[i] == code)
            {
                return i;
            }
        }

        return -1;
    }
}
