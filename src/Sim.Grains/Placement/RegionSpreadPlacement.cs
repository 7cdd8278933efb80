using Orleans;
using Orleans.Runtime;

namespace Sim.Grains.Placement;

/// <summary>
/// Places region <c>i</c> of a run on silo <c>i mod N</c> of the N compatible silos in address order: every silo gets
/// its share of a run's regions, and the same cluster always places them the same way. Orleans' default placement
/// (resource-optimised) is free to put all twenty on the silo that answers first.
/// </summary>
[GenerateSerializer, Immutable, SuppressReferenceTracking]
public sealed class RegionSpreadPlacement : PlacementStrategy
{
    /// <summary>The one instance.</summary>
    public static RegionSpreadPlacement Instance { get; } = new();
}
