using Orleans;
using Sim.Model.Engine;

namespace Sim.Grains.Regions;

/// <summary>
/// What a region grain hands back when it settles a month: its final row and, when the run writes outputs, the
/// month's output rows. The driver writes the files, so silos need no shared (or any) file system and a region
/// grain holds no open file that a silo's death could lose.
/// </summary>
/// <param name="Row">The region's final row of the month.</param>
/// <param name="Flows">The month's non-empty flow rows from this region (<see cref="FlowRow"/>s packed by <c>UnmanagedBlock</c>), or empty.</param>
/// <param name="Events">The events the region's log gained this month (<c>PersonEvent</c>s packed), or empty.</param>
/// <param name="SnapshotReady">
/// Whether the month ended a snapshot year: the region grain then holds its person snapshot, encoded, for the driver
/// to take (<see cref="IRegionGrain.TakeSnapshotAsync"/>) while the next months run. The file's bytes (a few hundred
/// MB a year at 1:1) do not travel with the month's barrier, nor through the run grain.
/// </param>
[GenerateSerializer, Immutable]
public sealed record RegionSettlement(RegionMonthIndicators Row, byte[] Flows, byte[] Events, bool SnapshotReady);
