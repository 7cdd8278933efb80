using System.Globalization;

namespace Sim.Parquet.Bench.Macro;

/// <summary>Prints the macro benchmark's figures as Markdown (medians over the repetitions).</summary>
internal static class Report
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public static string Mb(double bytes) => (bytes / (1 << 20)).ToString("F1", CultureInfo.InvariantCulture);

    public static void Ours(IReadOnlyList<WriterRunResult> runs, FileLayout layout, ParquetCompression codec)
    {
        var ms = Median(runs.Select(r => r.WriteMs));
        var rows = runs[0].Rows;
        var peak = Median(runs.Select(r => (double)r.PeakWorkingSetBytes));
        var baseline = Median(runs.Select(r => (double)r.BaselineWorkingSetBytes));
        var runtime = Median(runs.Select(r => (double)r.RuntimeWorkingSetBytes));
        Console.WriteLine();
        Console.WriteLine($"## Sim.Parquet ({codec}), medians of {runs.Count} runs");
        Line("write time", $"{ms:F0} ms wall, {Median(runs.Select(r => r.WriteCpuMs)):F0} ms CPU (generation, timed apart: {Median(runs.Select(r => r.GenerateMs)):F0} ms)");
        Line("throughput", $"{rows / ms * 1000:N0} rows/s, {Mb(runs[0].FileBytes / ms * 1000)} MB/s of file, " +
                           $"{Mb(layout.TotalBytes / ms * 1000)} MB/s uncompressed");
        Line("file", $"{Mb(runs[0].FileBytes)} MB, {layout.RowGroups} row groups of {layout.MedianRows:N0} rows (median)");
        Line("largest row group", $"{Mb(layout.MaxRowGroupBytes)} MB uncompressed, {Mb(layout.MaxRowGroupCompressedBytes)} MB compressed");
        Line("peak working set", $"{Mb(peak)} MB (kernel high-water mark); runtime alone before the warm-up {Mb(runtime)} MB, " +
                                 $"after it {Mb(baseline)} MB (JIT code and pooled buffers the writer reuses)");
        Line("writer's memory", $"{Mb(peak - runtime)} MB above the runtime alone = {(peak - runtime) / layout.MaxRowGroupBytes:F2}x the largest row group " +
                                $"(uncompressed); {Mb(peak - baseline)} MB = {(peak - baseline) / layout.MaxRowGroupBytes:F2}x above the warmed-up baseline");
        Line("peak managed heap", $"{Mb(Median(runs.Select(r => (double)r.MaxManagedHeapBytes)))} MB (sampled every 5 ms)");
        Line("allocated", $"{Mb(Median(runs.Select(r => (double)r.AllocatedBytes)))} MB in total; GCs gen0/1/2 " +
                          $"{runs[^1].Gen0}/{runs[^1].Gen1}/{runs[^1].Gen2}");
        var calls = runs[0].ColumnCallMs.Keys.Select(k => $"{k} {Median(runs.Select(r => r.ColumnCallMs[k])):F0}");
        Line("time inside calls, ms", string.Join(", ", calls) + " (a row-group flush counts for the call that triggers it)");
    }

    /// <summary>
    /// Writers side by side, medians: wall and CPU time (process CPU includes native threads and the GC), peak
    /// working set, file size; ratios are the other writer's cost over the first's (above 1: the first is cheaper).
    /// </summary>
    public static void Writers(IReadOnlyDictionary<WriterKind, List<WriterRunResult>> runs, IReadOnlyDictionary<WriterKind, FileLayout> layouts)
    {
        var first = runs.First();
        double Wall(WriterKind w) => Median(runs[w].Select(r => r.WriteMs));
        double Cpu(WriterKind w) => Median(runs[w].Select(r => r.WriteProcessCpuMs));
        Console.WriteLine();
        Console.WriteLine($"## Writers side by side, medians of {first.Value.Count} alternating runs (ratios: writer / {first.Key})");
        Console.WriteLine("| writer | wall ms | process CPU ms | thread CPU ms | wall ratio | CPU ratio | peak working set MB | above runtime MB | allocated MB | file MB | row groups |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (writer, list) in runs)
        {
            var peak = Median(list.Select(r => (double)r.PeakWorkingSetBytes));
            var runtime = Median(list.Select(r => (double)r.RuntimeWorkingSetBytes));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {writer} | {Wall(writer):F0} | {Cpu(writer):F0} | {Median(list.Select(r => r.WriteCpuMs)):F0} | {Wall(writer) / Wall(first.Key):F2} | " +
                $"{Cpu(writer) / Cpu(first.Key):F2} | {Mb(peak)} | {Mb(peak - runtime)} | {Mb(Median(list.Select(r => (double)r.AllocatedBytes)))} | " +
                $"{Mb(list[^1].FileBytes)} | {layouts[writer].RowGroups} |"));
        }
    }

    public static void DuckDb(DuckDbCopyResult duck)
    {
        var ms = Median(duck.CopyMs);
        Console.WriteLine();
        Console.WriteLine($"## DuckDB COPY ... (FORMAT parquet, COMPRESSION snappy), threads=1, medians of {duck.CopyMs.Length} runs");
        Line("copy time", $"{ms:F0} ms wall, {Median(duck.CopyCpuMs):F0} ms CPU (loading the table first, untimed: {duck.LoadMs:F0} ms)");
        Line("throughput", $"{duck.Rows / ms * 1000:N0} rows/s, {Mb(duck.FileBytes / ms * 1000)} MB/s of file, " +
                           $"{Mb(duck.RowGroupBytes * duck.RowGroups / ms * 1000)} MB/s uncompressed");
        Line("file", $"{Mb(duck.FileBytes)} MB, {duck.RowGroups} row groups of {duck.RowGroupRows:N0} rows, " +
                     $"{Mb(duck.RowGroupBytes)} MB uncompressed each (median)");
        Line("DuckDB process peak working set", $"{Mb(duck.PeakWorkingSetBytes)} MB (includes the loaded table)");
    }

    public static void Ratio(IReadOnlyList<WriterRunResult> runs, DuckDbCopyResult duck)
    {
        var ratio = Median(duck.CopyMs) / Median(runs.Select(r => r.WriteMs));
        var paired = Median(runs.Zip(duck.CopyMs).Select(p => p.Second / p.First.WriteMs));
        var cpu = Median(duck.CopyCpuMs) / Median(runs.Select(r => r.WriteCpuMs));
        Console.WriteLine();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"## Ratio: Sim.Parquet throughput = {ratio:F2}x DuckDB's by wall time (ratio of medians; median of the {runs.Count} paired runs' ratios {paired:F2}x), {cpu:F2}x by CPU time; goal >= 1.0x"));
    }

    private static void Line(string label, string text) =>
        Console.WriteLine($"- {label}: {text}");
}
