using Orleans;

namespace Sim.Grains.Regions;

/// <summary>One encoded person snapshot a region grain holds for the driver.</summary>
/// <param name="MonthIndex">The month it ends (<c>YearMonth.Index</c>), a December.</param>
/// <param name="File">The encoded file.</param>
[GenerateSerializer, Immutable]
public sealed record HeldSnapshot(int MonthIndex, SnapshotFile File);
