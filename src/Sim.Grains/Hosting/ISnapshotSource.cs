using Sim.Grains.Regions;
using Sim.Model;

namespace Sim.Grains.Hosting;

/// <summary>Where the driver's writer gets the person snapshots the regions announced in their settlements.</summary>
public interface ISnapshotSource
{
    /// <summary>The snapshot region <paramref name="regionIndex"/> encoded at the end of <paramref name="month"/>.</summary>
    Task<SnapshotFile> TakeAsync(int regionIndex, YearMonth month, CancellationToken cancellationToken);

    /// <summary>The snapshot is written: its region may let go of it.</summary>
    Task ReleaseAsync(int regionIndex, YearMonth month, CancellationToken cancellationToken);
}
