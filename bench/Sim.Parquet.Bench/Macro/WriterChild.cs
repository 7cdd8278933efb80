using System.Diagnostics;
using System.Text.Json;

namespace Sim.Parquet.Bench.Macro;

/// <summary>
/// The measured process (<c>macro-write</c>): generates the table batch by batch into reused buffers and writes
/// it with the library <c>--writer</c> names (Sim.Parquet by default). Only the writer's calls are inside the
/// write timer; the generation is timed apart. The process holds nothing but the writer and one batch, so its
/// peak memory is the writer's.
/// </summary>
internal static class WriterChild
{
    public const string ResultPrefix = "RESULT ";

    public static int Run(IReadOnlyList<string> args)
    {
        var options = MacroOptions.Parse(args);
        var output = options.Output ?? throw new ArgumentException("macro-write needs --out");
        var columns = PersonTable.Columns(options.Columns);
        foreach (var column in columns)
        {
            column.Allocate(options.BatchRows);
        }

        GC.Collect();
        var runtimeBaseline = Environment.WorkingSet;
        if (options.Warmup)
        {
            WarmUp(columns, options);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var baseline = Environment.WorkingSet;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var generate = new Stopwatch();
        var write = new Stopwatch();
        var perColumn = columns.Select(_ => new Stopwatch()).ToArray();
        var complete = new Stopwatch();
        var cpuMs = 0.0;
        var processCpu = TimeSpan.Zero;
        using var sampler = new MemorySampler();
        using (var self = Process.GetCurrentProcess())
        {
            var cpu = ThreadCpu.Milliseconds();
            var processCpuBefore = ProcessCpu(self);
            write.Start();
            using var sink = TableSink.Create(options.Writer, output, columns, options);
            write.Stop();
            cpuMs += ThreadCpu.Milliseconds() - cpu;
            processCpu += ProcessCpu(self) - processCpuBefore;
            for (long first = 0; first < options.Rows; first += options.BatchRows)
            {
                var count = (int)Math.Min(options.BatchRows, options.Rows - first);
                generate.Start();
                foreach (var column in columns)
                {
                    column.Fill(first, count);
                }

                generate.Stop();
                cpu = ThreadCpu.Milliseconds();
                processCpuBefore = ProcessCpu(self);
                write.Start();
                sink.BeginBatch(count);
                for (var c = 0; c < columns.Length; c++)
                {
                    perColumn[c].Start();
                    sink.WriteColumn(c, count);
                    perColumn[c].Stop();
                }

                sink.EndBatch(count);
                write.Stop();
                cpuMs += ThreadCpu.Milliseconds() - cpu;
                processCpu += ProcessCpu(self) - processCpuBefore;
            }

            cpu = ThreadCpu.Milliseconds();
            processCpuBefore = ProcessCpu(self);
            write.Start();
            complete.Start();
            sink.Complete();
            complete.Stop();
            write.Stop();
            cpuMs += ThreadCpu.Milliseconds() - cpu;
            processCpu += ProcessCpu(self) - processCpuBefore;
        }

        sampler.Dispose();
        var callMs = columns.Select((c, i) => (c.Name, perColumn[i].Elapsed.TotalMilliseconds))
            .Append(("(complete)", complete.Elapsed.TotalMilliseconds))
            .ToDictionary(p => p.Item1, p => p.Item2);
        var result = new WriterRunResult(
            options.Rows,
            write.Elapsed.TotalMilliseconds,
            cpuMs,
            processCpu.TotalMilliseconds,
            generate.Elapsed.TotalMilliseconds,
            new FileInfo(output).Length,
            runtimeBaseline,
            baseline,
            MemorySampler.PeakWorkingSet(),
            sampler.MaxWorkingSet,
            sampler.MaxManagedHeap,
            GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore,
            GC.CollectionCount(0) - gen0,
            GC.CollectionCount(1) - gen1,
            GC.CollectionCount(2) - gen2,
            callMs);
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>
    /// Writes small row groups with the same library to a scratch file for about a second first, then pauses so
    /// the JIT's background tier-1 compiles land: the timed run measures optimised code, as in a long simulation
    /// run. The row groups are small so the warm-up does not set the memory peak.
    /// </summary>
    private static void WarmUp(BenchColumn[] columns, MacroOptions options)
    {
        var rows = Math.Min(options.BatchRows, 16_384);
        var scratch = options.Output + ".warmup";
        var clock = Stopwatch.StartNew();
        using (var sink = TableSink.Create(options.Writer, scratch, columns, options.WithRowGroupRows(rows)))
        {
            for (var batch = 0; batch < 4 || clock.ElapsedMilliseconds < 1_000; batch++)
            {
                sink.BeginBatch(rows);
                for (var c = 0; c < columns.Length; c++)
                {
                    columns[c].Fill((long)batch * rows, rows);
                    sink.WriteColumn(c, rows);
                }

                sink.EndBatch(rows);
            }

            sink.Complete();
        }

        File.Delete(scratch);
        Thread.Sleep(500);
    }

    /// <summary>User + system CPU time of the whole process (native library threads and the GC included).</summary>
    private static TimeSpan ProcessCpu(Process self)
    {
        self.Refresh();
        return self.TotalProcessorTime;
    }
}
