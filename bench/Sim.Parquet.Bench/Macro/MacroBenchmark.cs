using System.Globalization;
using System.Text.Json;

namespace Sim.Parquet.Bench.Macro;

/// <summary>
/// <c>macro</c>: writes the person table with each writer of <c>--writers</c> (Sim.Parquet by default; also
/// ParquetSharp, Parquet.Net) in a fresh child process per run (so each run's peak
/// memory is its own), alternating, then has DuckDB (threads=1) COPY the same rows to Snappy Parquet, and reports
/// medians, ratios and memory figures. Finally DuckDB reads every written file back and its aggregates must
/// equal the generator's.
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
                          $"writers {string.Join(", ", options.Writers)}, {Environment.ProcessorCount} cores, {Environment.OSVersion}, " +
                          $".NET {Environment.Version}, load average at start {LoadAverage()}");

        var (runs, duck) = Measure(options, ours, options.Rows, options.Columns, verbose: true);
        var first = runs[options.Writers[0]];
        Report.Ours(first, FileLayout.Of(WriterPath(options, options.Writers[0])), options.Codec);
        if (options.Writers.Count > 1)
        {
            Report.Writers(runs, options.Writers.ToDictionary(w => w, w => FileLayout.Of(WriterPath(options, w))));
        }

        if (duck is not null)
        {
            Report.DuckDb(duck);
            Report.Ratio(first, duck);
        }

        if (options.Columns.Count == 0)
        {
            foreach (var writer in options.Writers)
            {
                Verify(writer, WriterPath(options, writer), options.Rows);
            }
        }

        Console.WriteLine($"load average at the end {LoadAverage()}");
        foreach (var writer in options.Writers)
        {
            File.Delete(WriterPath(options, writer));
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
    /// Writes the file once with Sim.Parquet (DuckDB's input), then alternates: each writer in a fresh child
    /// process, one DuckDB COPY of the same rows; so all see the same machine load. Returns the timed runs.
    /// </summary>
    private static (Dictionary<WriterKind, List<WriterRunResult>> Runs, DuckDbCopyResult? Duck) Measure(
        MacroOptions options, string input, long rows, IReadOnlyList<string> columns, bool verbose)
    {
        WriteOnce(options, WriterKind.Sim, input, rows, columns);
        var runs = options.Writers.ToDictionary(w => w, _ => new List<WriterRunResult>());
        using var duck = options.SkipDuckDb ? null : new DuckDbCopySession(input, Path.Combine(options.Directory, "duckdb.parquet"), columns);
        for (var i = 0; i < options.Repeat; i++)
        {
            var line = new List<string>();
            foreach (var writer in options.Writers)
            {
                var run = WriteOnce(options, writer, WriterPath(options, writer), rows, columns);
                runs[writer].Add(run);
                line.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{writer} {run.WriteMs:F0} ms, CPU {run.WriteCpuMs:F0} ms thread / {run.WriteProcessCpuMs:F0} ms process, peak WS {Report.Mb(run.PeakWorkingSetBytes)} MB"));
            }

            if (duck is not null)
            {
                var (duckMs, duckCpuMs) = duck.Copy();
                line.Add(string.Create(CultureInfo.InvariantCulture, $"duckdb {duckMs:F0} ms, CPU {duckCpuMs:F0} ms"));
            }

            if (verbose)
            {
                Console.WriteLine($"  run {i + 1}: {string.Join("; ", line)}");
            }
        }

        var result = duck?.Finish();
        File.Delete(Path.Combine(options.Directory, "duckdb.parquet"));
        return (runs, result);
    }

    private static string WriterPath(MacroOptions options, WriterKind writer) =>
        Path.Combine(options.Directory, $"{writer.ToString().ToLowerInvariant()}-out.parquet");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static WriterRunResult WriteOnce(MacroOptions options, WriterKind writer, string path, long rows, IReadOnlyList<string> columns)
    {
        File.Delete(path);
        var stdout = ChildProcess.Run(ChildProcess.Self(options.ChildArguments(writer, path, rows, columns)));
        var line = stdout.Split('\n').Single(l => l.StartsWith(WriterChild.ResultPrefix, StringComparison.Ordinal));
        return JsonSerializer.Deserialize<WriterRunResult>(line[WriterChild.ResultPrefix.Length..], Json)!;
    }

    private static void Verify(WriterKind writer, string path, long rows)
    {
        var expected = Checksums.Expected(rows);
        var actual = Checksums.ReadByDuckDb(path);
        Console.WriteLine();
        Console.WriteLine($"## DuckDB reads the file {writer} wrote back");
        var ok = true;
        for (var i = 0; i < expected.Length; i++)
        {
            var match = expected[i] == actual[i];
            ok &= match;
            Console.WriteLine($"  {Checksums.Names[i],-24} expected {expected[i],-20} duckdb {actual[i],-20} {(match ? "ok" : "MISMATCH")}");
        }

        if (!ok)
        {
            throw new InvalidOperationException($"DuckDB read different aggregates from the file {writer} wrote than the generator produced");
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
            var (byWriter, duck) = Measure(options, path, options.PerColumnRows, [column.Name], verbose: false);
            var runs = byWriter[options.Writers[0]];
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
