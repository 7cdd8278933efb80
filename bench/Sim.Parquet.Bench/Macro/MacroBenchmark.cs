using System.Globalization;
using System.Text.Json;

namespace Sim.Parquet.Bench.Macro;

/// <summary>
/// <c>macro</c>: writes the person table with Sim.Parquet in a fresh child process per repetition (so each
/// run's peak memory is its own), then has DuckDB (threads=1) COPY the same rows to Snappy Parquet, and
/// reports medians, the throughput ratio and the memory figures against the row-group size. Finally DuckDB
/// reads our file back and its aggregates must equal the generator's.
/// </summary>
internal static class MacroBenchmark
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static int Run(IReadOnlyList<string> args)
    {
        var options = MacroOptions.Parse(args);
        Directory.CreateDirectory(options.Directory);
        var ours = Path.Combine(options.Directory, "sim.parquet");
        Console.WriteLine($"# Sim.Parquet macro benchmark: {options.Rows:N0} rows, {options.Repeat} repetitions, " +
                          $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");

        var (runs, duck) = Measure(options, ours, options.Rows, options.Columns, verbose: true);
        Report.Ours(runs, FileLayout.Of(ours), options.Codec);
        if (duck is not null)
        {
            Report.DuckDb(duck);
            Report.Ratio(runs, duck);
        }

        if (options.Columns.Count == 0)
        {
            Verify(ours, options.Rows);
        }

        if (options.PerColumn)
        {
            PerColumn(options);
        }

        if (!options.Keep)
        {
            File.Delete(ours);
        }

        return 0;
    }

    /// <summary>
    /// Writes the file once (DuckDB's input), then alternates: our writer in a fresh child process, one DuckDB
    /// COPY of the same rows; so both see the same machine load. Returns our timed runs and DuckDB's.
    /// </summary>
    private static (List<WriterRunResult> Ours, DuckDbCopyResult? Duck) Measure(
        MacroOptions options, string path, long rows, IReadOnlyList<string> columns, bool verbose)
    {
        var first = WriteOnce(options, path, rows, columns);
        if (options.SkipDuckDb)
        {
            var alone = new List<WriterRunResult> { first };
            alone.AddRange(Enumerable.Range(1, options.Repeat - 1).Select(_ => WriteOnce(options, path, rows, columns)));
            return (alone, null);
        }

        var again = Path.Combine(options.Directory, "sim-again.parquet");
        var theirs = Path.Combine(options.Directory, "duckdb.parquet");
        var runs = new List<WriterRunResult>();
        using (var duck = new DuckDbCopySession(path, theirs, columns))
        {
            for (var i = 0; i < options.Repeat; i++)
            {
                var run = WriteOnce(options, again, rows, columns);
                runs.Add(run);
                var (duckMs, duckCpuMs) = duck.Copy();
                if (verbose)
                {
                    Console.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"  run {i + 1}: sim {run.WriteMs:F0} ms, CPU {run.WriteCpuMs:F0} ms (generation {run.GenerateMs:F0} ms apart, peak WS {Report.Mb(run.PeakWorkingSetBytes)} MB); duckdb {duckMs:F0} ms, CPU {duckCpuMs:F0} ms"));
                }
            }

            var result = duck.Finish();
            File.Delete(again);
            File.Delete(theirs);
            return (runs, result);
        }
    }

    private static WriterRunResult WriteOnce(MacroOptions options, string path, long rows, IReadOnlyList<string> columns)
    {
        File.Delete(path);
        var stdout = ChildProcess.Run(ChildProcess.Self(options.ChildArguments(path, rows, columns)));
        var line = stdout.Split('\n').Single(l => l.StartsWith(WriterChild.ResultPrefix, StringComparison.Ordinal));
        return JsonSerializer.Deserialize<WriterRunResult>(line[WriterChild.ResultPrefix.Length..], Json)!;
    }

    private static void Verify(string path, long rows)
    {
        var expected = Checksums.Expected(rows);
        var actual = Checksums.ReadByDuckDb(path);
        Console.WriteLine();
        Console.WriteLine("## DuckDB reads our file back");
        var ok = true;
        for (var i = 0; i < expected.Length; i++)
        {
            var match = expected[i] == actual[i];
            ok &= match;
            Console.WriteLine($"  {Checksums.Names[i],-24} expected {expected[i],-20} duckdb {actual[i],-20} {(match ? "ok" : "MISMATCH")}");
        }

        if (!ok)
        {
            throw new InvalidOperationException("DuckDB read different aggregates from our file than the generator produced");
        }
    }

    private static void PerColumn(MacroOptions options)
    {
        Console.WriteLine();
        Console.WriteLine($"## Per column ({options.PerColumnRows:N0} rows, one column per file, medians of {options.Repeat}, alternating runs)");
        Console.WriteLine("| column | sim ms | duckdb ms | sim/duckdb (wall) | sim CPU ms | duckdb CPU ms | sim/duckdb (CPU) | sim MB | duckdb MB | sim allocated MB |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var path = Path.Combine(options.Directory, "sim-column.parquet");
        foreach (var column in PersonTable.Columns())
        {
            var (runs, duck) = Measure(options, path, options.PerColumnRows, [column.Name], verbose: false);
            var ourMs = Report.Median(runs.Select(r => r.WriteMs));
            var duckMs = duck is null ? double.NaN : Report.Median(duck.CopyMs);
            var ourCpu = Report.Median(runs.Select(r => r.WriteCpuMs));
            var duckCpu = duck is null ? double.NaN : Report.Median(duck.CopyCpuMs);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {column.Name} | {ourMs:F0} | {duckMs:F0} | {duckMs / ourMs:F2}x | {ourCpu:F0} | {duckCpu:F0} | {duckCpu / ourCpu:F2}x | {Report.Mb(runs[^1].FileBytes)} | " +
                $"{Report.Mb(duck?.FileBytes ?? 0)} | {Report.Mb(Report.Median(runs.Select(r => (double)r.AllocatedBytes)))} |"));
        }

        File.Delete(path);
    }
}
