using System.Diagnostics;
using System.Text.Json;

namespace Sim.Parquet.Bench.Macro;

/// <summary>
/// The measured process (<c>macro-write</c>): generates the table batch by batch into reused buffers and writes
/// it with Sim.Parquet (Snappy). Only the writer's calls are inside the write timer; the generation is timed
/// apart. The process holds nothing but the writer and one batch, so its peak memory is the writer's.
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

        var writerOptions = new ParquetWriterOptions { Compression = options.Codec };
        if (options.RowGroupRows is { } rowGroupRows)
        {
            writerOptions.RowGroupMaxRows = rowGroupRows;
        }

        var schema = new ParquetSchema(columns.Select(c => c.Field));
        GC.Collect();
        var runtimeBaseline = Environment.WorkingSet;
        if (options.Warmup)
        {
            WarmUp(columns, schema, options.BatchRows);
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
        using var sampler = new MemorySampler();
        using (var stream = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var cpu = ThreadCpu.Milliseconds();
            write.Start();
            using var writer = new ParquetFileWriter(stream, schema, writerOptions);
            write.Stop();
            cpuMs += ThreadCpu.Milliseconds() - cpu;
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
                write.Start();
                for (var c = 0; c < columns.Length; c++)
                {
                    perColumn[c].Start();
                    columns[c].Write(writer, count);
                    perColumn[c].Stop();
                }

                write.Stop();
                cpuMs += ThreadCpu.Milliseconds() - cpu;
            }

            cpu = ThreadCpu.Milliseconds();
            write.Start();
            complete.Start();
            writer.Complete();
            stream.Flush();
            complete.Stop();
            write.Stop();
            cpuMs += ThreadCpu.Milliseconds() - cpu;
        }

        sampler.Dispose();
        var callMs = columns.Select((c, i) => (c.Name, perColumn[i].Elapsed.TotalMilliseconds))
            .Append(("(complete)", complete.Elapsed.TotalMilliseconds))
            .ToDictionary(p => p.Item1, p => p.Item2);
        var result = new WriterRunResult(
            options.Rows,
            write.Elapsed.TotalMilliseconds,
            cpuMs,
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
    /// Writes small row groups to a discarding stream for about a second first, then pauses so the JIT's
    /// background tier-1 compiles land: the timed run measures optimised code, as in a long simulation run.
    /// The row groups are small so the warm-up does not set the memory peak.
    /// </summary>
    private static void WarmUp(BenchColumn[] columns, ParquetSchema schema, int batchRows)
    {
        var rows = Math.Min(batchRows, 16_384);
        var clock = Stopwatch.StartNew();
        using (var writer = new ParquetFileWriter(new Micro.CountingStream(), schema, new ParquetWriterOptions { RowGroupMaxRows = rows }))
        {
            for (var batch = 0; batch < 4 || clock.ElapsedMilliseconds < 1_000; batch++)
            {
                foreach (var column in columns)
                {
                    column.Fill((long)batch * rows, rows);
                    column.Write(writer, rows);
                }
            }

            writer.Complete();
        }

        Thread.Sleep(500);
    }
}
