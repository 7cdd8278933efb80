using Sim.Grains.Runs;
using Orleans;
using Sim.Model;

namespace Sim.Grains.Hosting;

/// <summary>
/// Drives a run grain from a client: start, one month at a time (the points where cancellation is honoured and
/// progress reported), complete. On cancellation or failure the run is aborted, so its regions close their files
/// before the caller discards the staging folder.
/// </summary>
public static class RunDriver
{
    /// <summary>Runs <paramref name="spec"/> to the end (or to <paramref name="stopAfter"/>, without completing).</summary>
    /// <param name="grains">A client or grain factory of the cluster.</param>
    /// <param name="spec">The run.</param>
    /// <param name="progress">Told once the populations are synthesised (0 months done), then after every month.</param>
    /// <param name="cancellationToken">Stops the run between months.</param>
    /// <param name="stopAfter">Stop after this month and leave the run live (for inspection), writing nothing more.</param>
    public static async Task<RunResult> RunAsync(IGrainFactory grains, RunSpec spec, IProgress<RunProgress>? progress,
        CancellationToken cancellationToken, YearMonth? stopAfter = null)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(spec);
        cancellationToken.ThrowIfCancellationRequested();
        var run = grains.GetGrain<IRunGrain>(spec.RunId);
        try
        {
            var start = await run.StartAsync(spec);
            var months = new List<MonthReport>();
            var monthCount = start.EndMonthIndex - start.StartMonthIndex + 1;
            long personMonths = 0;
            var startAgents = start.StartRows.Sum(r => r.PopulationEnd);
            var startWeight = start.StartRows.Length > 0 ? start.StartRows[0].Weight : 1;
            progress?.Report(new RunProgress(YearMonth.FromIndex(start.StartMonthIndex - 1), 0, monthCount, startAgents, startAgents * startWeight, 0));
            var finished = false;
            while (!finished)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var report = await run.AdvanceMonthAsync();
                months.Add(report);
                finished = report.Finished;
                var agents = report.Rows.Sum(r => r.PopulationEnd);
                personMonths += report.Rows.Sum(r => r.PopulationStart);
                var weight = report.Rows.Length > 0 ? report.Rows[0].Weight : 1;
                progress?.Report(new RunProgress(YearMonth.FromIndex(report.MonthIndex), months.Count, monthCount, agents, agents * weight, personMonths));
                if (stopAfter is { } stop && report.MonthIndex >= stop.Index)
                {
                    return new RunResult(start, months, [], null);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            var completed = await run.CompleteAsync();
            return new RunResult(start, months, completed.Files, completed.RegionTimings);
        }
        catch
        {
            // Best effort: the original failure (or cancellation) is what the caller must see.
            try
            {
                await run.AbortAsync();
            }
            catch (Exception abort) when (abort is not OutOfMemoryException)
            {
                System.Diagnostics.Trace.TraceWarning($"aborting run {spec.RunId} failed: {abort.Message}");
            }

            throw;
        }
    }
}
