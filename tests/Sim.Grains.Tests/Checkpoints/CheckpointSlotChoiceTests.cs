using Sim.Grains.Checkpoints;

namespace Sim.Grains.Tests.Checkpoints;

/// <summary>
/// A region's two checkpoint slots: a new month goes to an empty slot or over the older month; a month written again
/// replaces itself; the older month is cleared once the run has advanced past the newer one, not before.
/// </summary>
public sealed class CheckpointSlotChoiceTests
{
    [Fact]
    public void Months_fill_the_empty_slot_then_go_over_the_older_month()
    {
        Assert.Equal(0, new CheckpointSlotChoice(null, null).SlotFor(12));
        Assert.Equal(1, new CheckpointSlotChoice(12, null).SlotFor(24));
        Assert.Equal(0, new CheckpointSlotChoice(12, 24).SlotFor(36));
        Assert.Equal(1, new CheckpointSlotChoice(36, 24).SlotFor(48));
        Assert.Equal(0, new CheckpointSlotChoice(null, 24).SlotFor(36));
    }

    [Fact]
    public void The_same_month_written_again_replaces_itself_and_keeps_the_month_before()
    {
        // Month 48's checkpoint failed on another region, the run resumed from 36, replayed, and wrote 48 again.
        var kept = new CheckpointSlotChoice(36, 48);

        Assert.Equal(1, kept.SlotFor(48));
        Assert.Equal(0, kept.Holding(36));
    }

    [Fact]
    public void The_older_month_goes_only_once_the_run_is_past_the_newer()
    {
        var kept = new CheckpointSlotChoice(36, 48);

        // Replaying 37..48 after a resume from 36: 36 is still what a further failure resumes from.
        Assert.Null(kept.ObsoleteWhenAdvancing(37));
        Assert.Null(kept.ObsoleteWhenAdvancing(48));

        // Advancing into 49: the run grain recorded 48, so nothing resumes from 36 any more.
        Assert.Equal(0, kept.ObsoleteWhenAdvancing(49));
        Assert.Equal(1, new CheckpointSlotChoice(60, 48).ObsoleteWhenAdvancing(61));
        Assert.Null(new CheckpointSlotChoice(48, null).ObsoleteWhenAdvancing(49));
    }

    [Fact]
    public void Only_a_kept_month_is_found()
    {
        var kept = new CheckpointSlotChoice(36, 48);

        Assert.Equal(1, kept.Holding(48));
        Assert.Null(kept.Holding(24));
        Assert.Null(new CheckpointSlotChoice(null, null).Holding(24));
    }
}
