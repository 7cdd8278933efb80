namespace Sim.Parquet.Bench.Macro;

/// <summary>What the DuckDB child (<see cref="DuckDbBenchChild"/>) reports for the timed COPY runs.</summary>
internal sealed record DuckDbCopyResult(
    long Rows,
    double LoadMs,
    double[] CopyMs,
    double[] CopyCpuMs,
    long FileBytes,
    int RowGroups,
    double RowGroupRows,
    double RowGroupBytes,
    double RowGroupCompressedBytes,
    long PeakWorkingSetBytes);
