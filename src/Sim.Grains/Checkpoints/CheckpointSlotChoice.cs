namespace Sim.Grains.Checkpoints;

/// <summary>
/// Which of a region's two checkpoint slots a month goes to and when the older one may go. Two slots, because a
/// silo can die while the regions write month M: then some hold M and the rest only M − K, and the run resumes from
/// M − K, which every region still has. Once the run has moved past M (the run grain records M only after every region
/// stored it), M − K can no longer be asked for and its slot is cleared: between checkpoints a region keeps one.
/// </summary>
/// <param name="First">The month the first slot holds, or null.</param>
/// <param name="Second">The month the second slot holds, or null.</param>
internal readonly record struct CheckpointSlotChoice(int? First, int? Second)
{
    /// <summary>
    /// The slot (0 or 1) month <paramref name="monthIndex"/> is written to: the one that already holds it (written again
    /// after a replay: writing it over the other would lose the month the run resumes from if this writing fails too),
    /// else an empty one, else the one with the older month.
    /// </summary>
    public int SlotFor(int monthIndex) =>
        First == monthIndex ? 0
        : Second == monthIndex ? 1
        : First is null ? 0
        : Second is null ? 1
        : First < Second ? 0 : 1;

    /// <summary>
    /// The slot to clear when the run advances into <paramref name="monthIndex"/>: the older of two kept months, once
    /// the newer is before that month (the run grain has recorded it); null when there is nothing to clear.
    /// </summary>
    public int? ObsoleteWhenAdvancing(int monthIndex) =>
        First is { } first && Second is { } second && Math.Max(first, second) < monthIndex
            ? (first < second ? 0 : 1)
            : null;

    /// <summary>The slot holding <paramref name="monthIndex"/>, or null.</summary>
    public int? Holding(int monthIndex) => First == monthIndex ? 0 : Second == monthIndex ? 1 : null;
}
