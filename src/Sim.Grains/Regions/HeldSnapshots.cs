using Orleans;

namespace Sim.Grains.Regions;

/// <summary>The person snapshots a region grain has encoded and the driver has not taken yet, as stored with its checkpoints.</summary>
/// <param name="Files">The snapshot files by the month they end (a state Orleans makes for an absent record has none: null).</param>
[GenerateSerializer, Immutable]
public sealed record HeldSnapshots(HeldSnapshot[] Files);
