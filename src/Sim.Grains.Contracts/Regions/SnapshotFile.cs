using Orleans;

namespace Sim.Grains.Regions;

/// <summary>A complete person-snapshot part file, encoded by its region grain and written by the run's driver.</summary>
/// <param name="Path">Path relative to the run folder (forward slashes).</param>
/// <param name="Rows">Rows in the file.</param>
/// <param name="Chunks">The Parquet file, in the chunks it was written in (written one after the other).</param>
[GenerateSerializer, Immutable]
public sealed record SnapshotFile(string Path, long Rows, byte[][] Chunks);
