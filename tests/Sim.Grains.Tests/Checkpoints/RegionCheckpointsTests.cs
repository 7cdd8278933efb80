using Sim.Grains.Checkpoints;

namespace Sim.Grains.Tests.Checkpoints;

/// <summary>A region keeps its newest checkpoint and the one before, which a run resumes from when the newest is incomplete.</summary>
public sealed class RegionCheckpointsTests
{
    private static RegionCheckpointSlot Slot(int month, byte tag) => new(month, [[tag]]);

    [Fact]
    public void A_new_month_pushes_the_latest_back_and_drops_the_oldest()
    {
        var kept = new RegionCheckpoints(null, null).With(Slot(12, 1)).With(Slot(24, 2)).With(Slot(36, 3));

        Assert.Equal((36, 24), (kept.Latest!.MonthIndex, kept.Previous!.MonthIndex));
        Assert.Null(kept.Find(12));
        Assert.Equal(2, kept.Find(24)!.Data[0][0]);
    }

    [Fact]
    public void The_same_month_written_again_replaces_itself_and_keeps_the_month_before()
    {
        // Month 48's checkpoint failed on another region, the run resumed from 36, replayed, and wrote 48 again.
        var kept = new RegionCheckpoints(null, null).With(Slot(36, 1)).With(Slot(48, 2)).With(Slot(48, 3));

        Assert.Equal(3, kept.Find(48)!.Data[0][0]);
        Assert.Equal(1, kept.Find(36)!.Data[0][0]);
    }
}
