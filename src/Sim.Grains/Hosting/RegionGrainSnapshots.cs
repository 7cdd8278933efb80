using Orleans;
using Sim.Grains.Regions;
using Sim.Grains.Runs;
using Sim.Model;

namespace Sim.Grains.Hosting;

/// <summary>
/// The snapshots of a run's region grains, asked for straight from each region (so the bytes come from every silo
/// at once and never pass through the run grain); a call lost with a silo is asked again when the run checkpoints,
/// and the region's fresh activation answers with the copy it stored.
/// </summary>
internal sealed class RegionGrainSnapshots(IGrainFactory grains, RunSpec spec) : ISnapshotSource
{
    public Task<SnapshotFile> TakeAsync(int regionIndex, YearMonth month, CancellationToken cancellationToken) =>
        RunDriver.WithRetriesAsync(() => Region(regionIndex).TakeSnapshotAsync(month.Index), spec, cancellationToken);

    public Task ReleaseAsync(int regionIndex, YearMonth month, CancellationToken cancellationToken) =>
        RunDriver.WithRetriesAsync(async () =>
        {
            await Region(regionIndex).ReleaseSnapshotAsync(month.Index);
            return true;
        }, spec, cancellationToken);

    private IRegionGrain Region(int regionIndex) => grains.GetGrain<IRegionGrain>(RegionKey.Format(spec.RunId, regionIndex));
}
