using Orleans;

namespace Sim.Grains.Checkpoints;

/// <summary>
/// A region grain's stored checkpoints: the newest and the one before. Two, because a silo can die while the
/// regions write month M's checkpoints: then some hold M and the rest only M − K, and the run resumes from M − K,
/// which every region still has.
/// </summary>
/// <param name="Latest">The newest checkpoint.</param>
/// <param name="Previous">The one before it.</param>
[GenerateSerializer, Immutable]
public sealed record RegionCheckpoints(RegionCheckpointSlot? Latest, RegionCheckpointSlot? Previous)
{
    /// <summary>The checkpoint of <paramref name="monthIndex"/>, if kept.</summary>
    public RegionCheckpointSlot? Find(int monthIndex) =>
        Latest?.MonthIndex == monthIndex ? Latest : Previous?.MonthIndex == monthIndex ? Previous : null;

    /// <summary>These checkpoints with <paramref name="slot"/> as the newest.</summary>
    public RegionCheckpoints With(RegionCheckpointSlot slot) => new(slot, Latest);
}
