using System.Diagnostics;
using Orleans;
using Orleans.Runtime;
using Sim.Output;
using Sim.Grains.Runs;
using Sim.Model;

namespace Sim.Grains.Hosting;

/// <summary>
/// Drives a run grain from a client: start, one month at a time (the points where cancellation is honoured and
/// progress reported), complete. When the spec names an output folder, the driver writes the run's files there
/// from the months' settlements (so the files land where the driver runs) and the manifest at the end. On
/// cancellation or failure the run is aborted and the caller discards the folder.
/// </summary>
public static class RunDriver
{
    private const int MaxCallAttempts = 5;

    /// <summary>How often a waiting driver checks that the run grain it called is still alive.</summary>
    private static readonly TimeSpan LivenessPeriod = TimeSpan.FromSeconds(5);

    /// <summary>How long the driver waits for a failed run to abort (the cluster may be gone: nobody would answer).</summary>
    private static readonly TimeSpan AbortTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Runs <paramref name="spec"/> to the end (or to <paramref name="stopAfter"/>, without completing).</summary>
    /// <param name="grains">A client or grain factory of the cluster.</param>
    /// <param name="spec">The run.</param>
    /// <param name="progress">Told once the populations are synthesised (0 months done), then after every month.</param>
    /// <param name="cancellationToken">Stops the run between months.</param>
    /// <param name="stopAfter">Stop after this month and leave the run live (for inspection), writing nothing more.</param>
    /// <param name="context">The run's context when the caller has loaded it already (else the driver loads its own).</param>
    public static async Task<RunResult> RunAsync(IGrainFactory grains, RunSpec spec, IProgress<RunProgress>? progress,
        CancellationToken cancellationToken, YearMonth? stopAfter = null, RunContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(spec);
        cancellationToken.ThrowIfCancellationRequested();
        var run = grains.GetGrain<IRunGrain>(spec.RunId);
        if (context is not null && context.Spec != spec)
        {
            throw new ArgumentException($"context of run '{context.Spec.RunId}' given for run '{spec.RunId}'", nameof(context));
        }

        // Without a context from the caller, the writer's copy (scenario and model tables) is built while the silos
        // build theirs and synthesise the populations: it is needed only when the first month comes back.
        var contextTask = spec.OutputPath is null ? null
            : context is not null ? Task.FromResult(context)
            : Task.Run(() => new RunContext(spec), CancellationToken.None);
        RunOutputWriter? writer = null;
        try
        {
            var clock = Stopwatch.StartNew();
            var start = await run.StartAsync(spec);
            if (contextTask is not null)
            {
                context = await contextTask;
                writer = new RunOutputWriter(new OutputRoot(spec.OutputPath!), context, new RegionGrainSnapshots(grains, spec));
            }

            var startTime = clock.Elapsed;
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
                var report = await AdvanceAsync(run, YearMonth.FromIndex(start.StartMonthIndex + months.Count), spec, cancellationToken);
                writer?.AddMonth(YearMonth.FromIndex(report.MonthIndex), report.Regions);
                months.Add(report.RowsOnly());
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
            var simulateTime = clock.Elapsed - startTime;
            // The files first: the regions hold their snapshots until they are written, and completing lets go of them.
            var files = writer is null ? [] : await Task.Run(writer.Complete, cancellationToken);
            var completed = await WithRetriesAsync(run.CompleteAsync, spec, cancellationToken);
            if (context is not null)
            {
                var phases = completed.RegionTimings;
                var timings = new RunTimings(startTime, simulateTime, clock.Elapsed - startTime - simulateTime)
                {
                    Regions = new RegionPhaseSeconds(phases.Synthesis, phases.Advance, phases.Receive, phases.Output),
                };
                RunManifest.Write(new OutputRoot(spec.OutputPath!), spec.RunId, context.Scenario, start.RegionCodes.Length, completed.PersonMonths, files, timings);
            }

            return new RunResult(start, months, files, completed.RegionTimings);
        }
        catch
        {
            // A context that failed to build while the start failed too: observed here, the start's failure reported.
            _ = contextTask?.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

            // Best effort: the original failure (or cancellation) is what the caller must see.
            try
            {
                await run.AbortAsync().WaitAsync(AbortTimeout, CancellationToken.None);
            }
            catch (Exception abort) when (abort is not OutOfMemoryException)
            {
                Trace.TraceWarning($"aborting run {spec.RunId} failed: {abort.Message}");
            }

            throw;
        }
        finally
        {
            writer?.Dispose();
        }
    }

    /// <summary>
    /// Asks for one month. When the run checkpoints, a call lost with a silo (the run grain's own, most likely) is
    /// asked again: the run grain, activated afresh, resumes from its checkpoint and replays up to that month.
    /// </summary>
    private static Task<MonthReport> AdvanceAsync(IRunGrain run, YearMonth month, RunSpec spec, CancellationToken cancellationToken) =>
        WithRetriesAsync(() => spec.CheckpointMonths > 0 ? WatchedAsync(run, run.AdvanceMonthAsync(month.Index), cancellationToken) : run.AdvanceMonthAsync(month.Index),
            spec, cancellationToken);

    /// <summary>
    /// Waits for <paramref name="call"/>, asking the run grain every <see cref="LivenessPeriod"/> whether it still runs
    /// the run: a call whose silo died with its connection may never be answered (the client learns of no rejection),
    /// while the run grain's fresh activation on a survivor answers that it has not started. Then the call is lost:
    /// <see cref="RunGrainLostException"/>, which the retry turns into a resume from the checkpoint.
    /// </summary>
    private static async Task<T> WatchedAsync<T>(IRunGrain run, Task<T> call, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (await Task.WhenAny(call, Task.Delay(LivenessPeriod, cancellationToken)) == call)
            {
                return await call;
            }

            cancellationToken.ThrowIfCancellationRequested();
            RunStatus status;
            try
            {
                status = await run.GetStatusAsync().WaitAsync(LivenessPeriod, cancellationToken);
            }
            catch (Exception e) when (IsLostSilo(e))
            {
                continue;
            }

            if (!status.Started)
            {
                // Observe the abandoned call's eventual failure so that it is not reported as unobserved.
                _ = call.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                throw new RunGrainLostException("the run grain answering is a fresh activation: the silo of the call died");
            }
        }
    }

    /// <summary>Asks <paramref name="call"/>, and again after a pause when it was lost with a silo of a run that checkpoints.</summary>
    internal static async Task<T> WithRetriesAsync<T>(Func<Task<T>> call, RunSpec spec, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // The call itself takes no token: a cancelled driver stops waiting (the run grain's watchdog ends the run).
                return await call().WaitAsync(cancellationToken);
            }
            catch (Exception e) when (spec.CheckpointMonths > 0 && attempt < MaxCallAttempts && IsLostSilo(e))
            {
                Trace.TraceWarning($"run {spec.RunId}: {e.GetType().Name}: {e.Message}; asking again (attempt {attempt + 1})");
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
            }
        }
    }

    private static bool IsLostSilo(Exception e) =>
        e is OrleansMessageRejectionException or Orleans.Runtime.Messaging.ConnectionFailedException or TimeoutException or RunGrainLostException;
}
