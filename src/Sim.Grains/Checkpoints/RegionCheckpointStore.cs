using Orleans.Runtime;

namespace Sim.Grains.Checkpoints;

/// <summary>
/// A region grain's checkpoints in two grain states of one slot each (<see cref="CheckpointSlotChoice"/> says which is
/// written and when the older is cleared), so that a checkpoint writes one region's state once: the storage call
/// carries one slot, not the newest and the one before. Once written, the grain lets go of a slot's bytes (the storage
/// has them; in-process storage keeps the same arrays by reference) and reads them back only to restore.
/// </summary>
internal sealed class RegionCheckpointStore(IPersistentState<RegionCheckpointSlot> first, IPersistentState<RegionCheckpointSlot> second)
{
    /// <summary>Stores the region's state at the end of <paramref name="monthIndex"/>.</summary>
    public async Task WriteAsync(int monthIndex, byte[][] data)
    {
        var slot = State(Choice.SlotFor(monthIndex));
        slot.State = new RegionCheckpointSlot(monthIndex, data);
        await slot.WriteStateAsync();
        Release(slot);
    }

    /// <summary>The run advances into <paramref name="monthIndex"/>: clears the slot no resume can ask for any more.</summary>
    public async Task AdvancingAsync(int monthIndex)
    {
        if (Choice.ObsoleteWhenAdvancing(monthIndex) is { } obsolete)
        {
            await State(obsolete).ClearStateAsync();
        }
    }

    /// <summary>The checkpoint of <paramref name="monthIndex"/> with its bytes, or null if neither slot holds it.</summary>
    public async Task<RegionCheckpointSlot?> FindAsync(int monthIndex)
    {
        if (Choice.Holding(monthIndex) is not { } index)
        {
            return null;
        }

        var slot = State(index);
        if (IsReleased(slot.State))
        {
            await slot.ReadStateAsync();
        }

        var found = slot.State;

        // The caller restores from the bytes at once; an activation on another silo read both slots in full.
        Release(first);
        Release(second);
        return found.MonthIndex == monthIndex && !IsReleased(found) ? found : null;
    }

    /// <summary>Clears both slots (the run completed or aborted).</summary>
    public async Task ForgetAsync()
    {
        foreach (var slot in new[] { first, second })
        {
            if (slot.RecordExists)
            {
                await slot.ClearStateAsync();
            }
        }
    }

    private CheckpointSlotChoice Choice => new(Month(first), Month(second));

    private IPersistentState<RegionCheckpointSlot> State(int index) => index == 0 ? first : second;

    /// <summary>
    /// The month a slot holds. A state Orleans made for an absent or cleared record has no chunk array at all, unlike
    /// a slot this store released (an empty one), so it holds nothing even where the storage keeps a cleared row.
    /// </summary>
    private static int? Month(IPersistentState<RegionCheckpointSlot> slot) =>
        slot.RecordExists && slot.State is { Data: not null } state ? state.MonthIndex : null;

    /// <summary>A slot whose bytes the grain does not hold (the state Orleans makes for an absent record has none either).</summary>
    private static bool IsReleased(RegionCheckpointSlot? slot) => slot?.Data is not { Length: > 0 };

    private static void Release(IPersistentState<RegionCheckpointSlot> slot)
    {
        if (Month(slot) is { } month)
        {
            slot.State = new RegionCheckpointSlot(month, []);
        }
    }
}
