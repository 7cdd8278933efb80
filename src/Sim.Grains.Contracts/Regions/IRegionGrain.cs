using Sim.Grains.Persons;
using Sim.Grains.Runs;
using Sim.Model.Engine;
using Orleans;
using Orleans.Concurrency;

namespace Sim.Grains.Regions;

/// <summary>
/// One region of a run (key <c>RunId/regionIndex</c>): owns the region's persons as columns (via the model's
/// <see cref="RegionSimulation"/>), runs its processes, ships movers to the destination region grains as one columnar
/// batch per destination and month, and encodes its own person snapshots for the driver to take and write.
/// </summary>
public interface IRegionGrain : IGrainWithStringKey
{
    /// <summary>Synthesises the region's starting population; returns its start row (month = start − 1).</summary>
    Task<RegionMonthIndicators> InitAsync(RunSpec spec);

    /// <summary>
    /// Takes up the run at the end of <paramref name="monthIndex"/>: from its stored checkpoint of that month, or
    /// synthesised afresh when it is the month before the start. Returns that month's row.
    /// </summary>
    Task<RegionMonthIndicators> RestoreAsync(RunSpec spec, int monthIndex);

    /// <summary>
    /// Runs the month's processes with last month's final rows of every region (in region order), then ships the
    /// movers to their destinations and returns once every shipment is delivered.
    /// </summary>
    Task AdvanceAsync(int monthIndex, RegionMonthIndicators[] lastMonth);

    /// <summary>Accepts movers shipped by another region this month (interleaves with a running advance).</summary>
    [AlwaysInterleave]
    Task DeliverAsync(MoverShipment shipment);

    /// <summary>Appends the month's incoming movers in canonical order; returns the final row and the month's outputs.</summary>
    Task<RegionSettlement> SettleAsync(int monthIndex);

    /// <summary>
    /// The person snapshot the region encoded when it settled <paramref name="monthIndex"/>
    /// (<see cref="RegionSettlement.SnapshotReady"/>), held until <see cref="ReleaseSnapshotAsync"/>. A fresh activation
    /// (the silo that settled the month died) returns the copy stored with the checkpoints; a run without checkpoints
    /// has none, and the call fails.
    /// </summary>
    Task<SnapshotFile> TakeSnapshotAsync(int monthIndex);

    /// <summary>The driver has written the snapshot of <paramref name="monthIndex"/>: the region lets go of it (and of its stored copy).</summary>
    Task ReleaseSnapshotAsync(int monthIndex);

    /// <summary>Returns where the region's time went; the run is over for it.</summary>
    Task<RegionTimings> CompleteAsync();

    /// <summary>Releases the region's state.</summary>
    Task AbortAsync();

    /// <summary>The profile of a resident and the events of the person kept in this region's log (between months).</summary>
    Task<PersonTrace> TraceAsync(long personId);
}
