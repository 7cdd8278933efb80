namespace Sim.Parquet.Bench.Macro;

/// <summary>What one writer child process measured (serialised as one JSON line to the parent).</summary>
internal sealed record WriterRunResult(
    long Rows,
    double WriteMs,
    double WriteCpuMs,
    double WriteProcessCpuMs,
    double GenerateMs,
    long FileBytes,
    long RuntimeWorkingSetBytes,
    long BaselineWorkingSetBytes,
    long PeakWorkingSetBytes,
    long MaxSampledWorkingSetBytes,
    long MaxManagedHeapBytes,
    long AllocatedBytes,
    int Gen0,
    int Gen1,
    int Gen2,
    Dictionary<string, double> ColumnCallMs);
