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

    /// <summary>
    /// These checkpoints with <paramref name="slot"/> as the newest. A month written again (its first writing failed
    /// on another region, the run went back to the one before and replayed) replaces itself: pushing it would evict
    /// the one before, which the run still resumes from if the second writing fails too.
    /// </summary>
    public RegionCheckpoints With(RegionCheckpointSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return Latest?.MonthIndex == slot.MonthIndex ? this with { Latest = slot } : new(slot, Latest);
    }
}
