using Orleans.Runtime;

namespace Sim.Grains.Regions;

/// <summary>
/// The person snapshots a region grain encoded at the end of a snapshot year, held until the driver has written
/// them, so that their bytes leave the silo while the next months run instead of inside the month's barrier. A run
/// that checkpoints also stores them with its checkpoints before the month settles: when a silo dies before the
/// driver has its regions' snapshots, the regions' fresh activations hand over the stored copies. A snapshot is
/// let go of when the driver says it is written (<see cref="ReleaseAsync"/>), not when it is taken, so a take whose
/// answer was lost with a silo can be asked again. (A replay after a silo's death encodes a replayed snapshot month
/// again, the same bytes; a copy the driver had already released is then held until the run completes.)
/// </summary>
internal sealed class RegionSnapshotStore(IPersistentState<HeldSnapshots> stored)
{
    private readonly Dictionary<int, SnapshotFile> _held = [];

    /// <summary>Holds the snapshot of <paramref name="monthIndex"/>; with <paramref name="durable"/>, stores it too before returning.</summary>
    public async Task HoldAsync(int monthIndex, SnapshotFile file, bool durable)
    {
        _held[monthIndex] = file;
        if (durable)
        {
            await StoreAsync([.. Stored.Where(h => h.MonthIndex != monthIndex), new HeldSnapshot(monthIndex, file)]);
        }
    }

    /// <summary>The snapshot of <paramref name="monthIndex"/>, held or stored; null when there is none.</summary>
    public SnapshotFile? Find(int monthIndex) =>
        _held.TryGetValue(monthIndex, out var file) ? file : Stored.FirstOrDefault(h => h.MonthIndex == monthIndex)?.File;

    /// <summary>Lets go of the snapshot of <paramref name="monthIndex"/>, held and stored (the driver has written it).</summary>
    public async Task ReleaseAsync(int monthIndex)
    {
        _held.Remove(monthIndex);
        var stored = Stored;
        if (stored.Any(h => h.MonthIndex == monthIndex))
        {
            await StoreAsync([.. stored.Where(h => h.MonthIndex != monthIndex)]);
        }
    }

    /// <summary>Lets go of every snapshot, held and stored (the run completed or aborted).</summary>
    public async Task ForgetAsync()
    {
        _held.Clear();
        if (stored.RecordExists)
        {
            await stored.ClearStateAsync();
        }
    }

    private HeldSnapshot[] Stored => stored.RecordExists && stored.State is { Files: { } files } ? files : [];

    private async Task StoreAsync(HeldSnapshot[] files)
    {
        if (files.Length == 0)
        {
            await stored.ClearStateAsync();
            return;
        }

        stored.State = new HeldSnapshots(files);
        await stored.WriteStateAsync();
    }
}
