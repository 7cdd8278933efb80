using Orleans;
using Sim.Grains.Regions;
using Sim.Grains.Runs;
using Sim.Model;

namespace Sim.Grains.Hosting;

/// <summary>
/// The snapshots of a run's region grains, asked for straight from each region (so the bytes come from every silo
/// at once and never pass through the run grain). A call lost with a silo is asked again when the run checkpoints,
/// and the region's fresh activation answers with the copy it stored. A call whose silo died after taking it may
/// never be answered at all (the client learns of no rejection when the call went through another silo's gateway):
/// each call is given up after <see cref="CallTimeout"/> and asked again.
/// </summary>
internal sealed class RegionGrainSnapshots(IGrainFactory grains, RunSpec spec) : ISnapshotSource
{
    /// <summary>How long one call may take: a region's file at 1:1 (up to ~25 MB) arrives in well under a second.</summary>
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(20);

    public Task<SnapshotFile> TakeAsync(int regionIndex, YearMonth month, CancellationToken cancellationToken) =>
        RunDriver.WithRetriesAsync(() => Region(regionIndex).TakeSnapshotAsync(month.Index).WaitAsync(CallTimeout, cancellationToken), spec, cancellationToken);

    public Task ReleaseAsync(int regionIndex, YearMonth month, CancellationToken cancellationToken) =>
        RunDriver.WithRetriesAsync(async () =>
        {
            await Region(regionIndex).ReleaseSnapshotAsync(month.Index).WaitAsync(CallTimeout, cancellationToken);
            return true;
        }, spec, cancellationToken);

    private IRegionGrain Region(int regionIndex) => grains.GetGrain<IRegionGrain>(RegionKey.Format(spec.RunId, regionIndex));
}
