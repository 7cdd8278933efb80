namespace Sim.Run.Bench.Macro;

/// <summary>The figures of one measured run, as the child process reports them to the benchmark (one JSON line).</summary>
/// <param name="Silos">Silos the run used.</param>
/// <param name="WallSeconds">Wall time of <c>sim run</c> end to end (load, synthesis, months, outputs, rename).</param>
/// <param name="CpuSeconds">CPU time (user + system, all threads) the process used for that run.</param>
/// <param name="PeakWorkingSetBytes">The process's high-water mark of resident memory.</param>
/// <param name="Residents">Largest resident population over the months (agents).</param>
/// <param name="PersonMonths">Agent-months simulated.</param>
/// <param name="StartSeconds">Run grain start (synthesis), from the manifest.</param>
/// <param name="SimulateSeconds">The months, from the manifest.</param>
/// <param name="CompleteSeconds">Completion (region_month, flows, manifest), from the manifest.</param>
/// <param name="OutputBytes">Bytes of every file in the run folder.</param>
/// <param name="RegionPhases">Seconds by region phase, summed over regions (from the manifest).</param>
/// <param name="Parquet">SHA-256 (hex) of every Parquet file, by path relative to the run folder.</param>
internal sealed record MacroRunResult(
    int Silos,
    double WallSeconds,
    double CpuSeconds,
    long PeakWorkingSetBytes,
    long Residents,
    long PersonMonths,
    double StartSeconds,
    double SimulateSeconds,
    double CompleteSeconds,
    long OutputBytes,
    IReadOnlyDictionary<string, double> RegionPhases,
    IReadOnlyDictionary<string, string> Parquet)
{
    /// <summary>The line prefix that marks the result among the child's other output.</summary>
    public const string Marker = "#macro-result ";

    /// <summary>Peak working set per resident agent.</summary>
    public double BytesPerResident => (double)PeakWorkingSetBytes / Residents;

    /// <summary>Agent-months per second of wall time, end to end.</summary>
    public double PersonMonthsPerSecond => PersonMonths / WallSeconds;

    /// <summary>Cores the process kept busy on average (CPU time / wall time).</summary>
    public double CoresUsed => CpuSeconds / WallSeconds;
}
