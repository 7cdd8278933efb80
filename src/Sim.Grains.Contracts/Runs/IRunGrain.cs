using Orleans;
using Orleans.Concurrency;

namespace Sim.Grains.Runs;

/// <summary>
/// A run (key = run id): owns the clock. Each month it asks every region grain to advance, waits for all (the
/// barrier), asks them to settle, and aggregates; at the end it collects the regions' files and writes the manifest.
/// It never touches individual persons. The caller paces it month by month, which is where a run can be cancelled.
/// </summary>
public interface IRunGrain : IGrainWithStringKey
{
    /// <summary>Loads the scenario and synthesises every region's population.</summary>
    Task<RunStarted> StartAsync(RunSpec spec);

    /// <summary>
    /// Simulates month <paramref name="monthIndex"/> (<c>YearMonth.Index</c>), which must be the run's next month, across
    /// all regions. Naming the month makes a retry after a silo's death safe: a resumed run replays up to it.
    /// </summary>
    Task<MonthReport> AdvanceMonthAsync(int monthIndex);

    /// <summary>Ends the run: collects the regions' timings (the driver has written the files).</summary>
    Task<RunCompleted> CompleteAsync();

    /// <summary>Stops the run: regions drop their state.</summary>
    Task AbortAsync();

    /// <summary>Where the run is; answered even while a month runs.</summary>
    [AlwaysInterleave]
    Task<RunStatus> GetStatusAsync();
}
