using Sim.Output;
using Sim.Output.Dictionary;
using Sim.Output.Parts;
using Sim.Grains.Regions;
using Sim.Grains.Runs;
using Sim.Grains.Serialization;
using Sim.Model;
using Sim.Model.Engine;
using Sim.Model.Population;

namespace Sim.Grains.Hosting;

/// <summary>
/// Writes a run's files where its driver runs (the submitting machine): each month's settlements go into the
/// region_month and flows parts (written when the run completes), the streamed event parts and the person
/// snapshots the regions encoded. Silos need no shared file system, and months replayed after a silo's death
/// never reach it twice (the driver only sees each month once). The snapshot files (a few hundred MB at 1:1) are
/// taken from their region grains and stored by a background task while the driver asks for the next months, one
/// month's files after another's, so moving them never holds up the month barrier; <see cref="Complete"/> waits for
/// them (and reports their failure).
/// </summary>
public sealed class RunOutputWriter : IDisposable
{
    private readonly OutputRoot _root;
    private readonly RunContext _run;
    private readonly RegionMonthPart[] _regionMonth;
    private readonly FlowPart[] _flows;
    private readonly EventPart[]? _events;
    private readonly List<OutputFileInfo> _written = [];

    // Snapshot files stored so far: added to by the background task only (one month's after another's).
    private readonly List<OutputFileInfo> _snapshotsWritten = [];
    private readonly ISnapshotSource _snapshotSource;
    private readonly CancellationTokenSource _abandoned = new();

    // Snapshot files of earlier months still being written; each month's task starts after the previous one's.
    private Task _snapshots = Task.CompletedTask;

    /// <summary>Starts the run's files under <paramref name="root"/>.</summary>
    /// <param name="root">The run's folder.</param>
    /// <param name="run">The run's context.</param>
    /// <param name="snapshots">
    /// Where the person snapshots the regions announce (<see cref="RegionSettlement.SnapshotReady"/>) come from; asked on
    /// a background task, with a token that is cancelled when the writer is disposed unfinished.
    /// </param>
    public RunOutputWriter(OutputRoot root, RunContext run, ISnapshotSource snapshots)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(snapshots);
        _root = root;
        _run = run;
        _snapshotSource = snapshots;
        var regions = run.Model.Regions;
        _regionMonth = [.. regions.Select(r => new RegionMonthPart(r))];
        _flows = [.. regions.Select(r => new FlowPart(regions, r.Index, run.Model.Weight))];
        if (run.Scenario.Outputs.Events)
        {
            _events = [.. regions.Select(r => new EventPart(root, run.Tags, run.Compression, regions, r.Index))];
        }
    }

    /// <summary>Adds one simulated month (every region's settlement, in region order).</summary>
    public void AddMonth(YearMonth month, IReadOnlyList<RegionSettlement> settlements)
    {
        ArgumentNullException.ThrowIfNull(settlements);
        for (var r = 0; r < settlements.Count; r++)
        {
            var settlement = settlements[r];
            _regionMonth[r].Add(settlement.Row);
            _flows[r].Add(month, UnmanagedBlock.Unpack<FlowRow>(settlement.Flows));
            _events?[r].Append(UnmanagedBlock.Unpack<PersonEvent>(settlement.Events));
        }

        int[] ready = [.. Enumerable.Range(0, settlements.Count).Where(r => settlements[r].SnapshotReady)];
        if (ready.Length > 0)
        {
            var previous = _snapshots;
            _snapshots = Task.Run(async () =>
            {
                // A failure of an earlier month's files fails this one too, so Complete sees the first error.
                await previous.ConfigureAwait(false);
                await TakeAndWriteAsync(month, ready).ConfigureAwait(false);
            });
        }
    }

    /// <summary>
    /// Asks the regions for their snapshots two at a time and stores each as it arrives, then lets its region release
    /// it. Two, not all: the files share the connections that carry the next months' calls, and a month's answer
    /// queued behind a whole year of snapshots would hold up the run; two keep the transfer going without a gap.
    /// </summary>
    private async Task TakeAndWriteAsync(YearMonth month, int[] regions)
    {
        const int InFlight = 2;
        var token = _abandoned.Token;
        var waiting = new Queue<int>(regions);
        var pending = new List<Task<(int Region, SnapshotFile File)>>(InFlight);
        var releases = new List<Task>(regions.Length);
        try
        {
            while (waiting.Count > 0 || pending.Count > 0)
            {
                while (pending.Count < InFlight && waiting.TryDequeue(out var next))
                {
                    pending.Add(TakeAsync(next, month, token));
                }

                var arrived = await Task.WhenAny(pending).ConfigureAwait(false);
                pending.Remove(arrived);
                var (region, file) = await arrived.ConfigureAwait(false);
                Write(file);
                releases.Add(_snapshotSource.ReleaseAsync(region, month, token));
            }

            await Task.WhenAll(releases).ConfigureAwait(false);
        }
        finally
        {
            // After a failure: the other calls are abandoned, their outcome observed.
            foreach (var task in pending.Cast<Task>().Concat(releases))
            {
                _ = task.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            }
        }
    }

    private async Task<(int Region, SnapshotFile File)> TakeAsync(int region, YearMonth month, CancellationToken token) =>
        (region, await _snapshotSource.TakeAsync(region, month, token).ConfigureAwait(false));

    private void Write(SnapshotFile snapshot)
    {
        using (var file = new FileStream(_root.PathFor(snapshot.Path), FileMode.CreateNew, FileAccess.Write))
        {
            foreach (var chunk in snapshot.Chunks)
            {
                file.Write(chunk);
            }
        }

        _snapshotsWritten.Add(new OutputFileInfo(snapshot.Path, OutputTables.Persons.Name, snapshot.Rows));
    }

    /// <summary>
    /// Writes the remaining parts, then waits until every snapshot announced is stored (the last month's are usually
    /// still arriving: the parts are written meanwhile); returns every file of the run, by path. Call it before the
    /// run completes on the cluster, where the regions let go of their snapshots.
    /// </summary>
    public OutputFileInfo[] Complete()
    {
        foreach (var part in _regionMonth)
        {
            _written.Add(part.Write(_root, _run.Tags, _run.Compression));
        }

        foreach (var part in _flows)
        {
            _written.Add(part.Write(_root, _run.Tags, _run.Compression));
        }

        foreach (var part in _events ?? [])
        {
            _written.Add(part.Complete());
        }

        _snapshots.GetAwaiter().GetResult();
        _written.AddRange(_snapshotsWritten);
        return [.. _written.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary>Closes open event parts (an abandoned run's staging folder is deleted by its owner).</summary>
    public void Dispose()
    {
        // The owner deletes an abandoned run's staging folder after this: no snapshot may still be writing into it.
        // A failure here is the abandoned run's, already reported (or superseded) by whatever abandoned it.
        _abandoned.Cancel();
        try
        {
            _snapshots.Wait();
        }
        catch (AggregateException)
        {
        }

        _abandoned.Dispose();

        foreach (var part in _events ?? [])
        {
            part.Dispose();
        }
    }
}
