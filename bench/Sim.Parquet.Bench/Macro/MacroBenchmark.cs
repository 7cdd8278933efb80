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
        var theirs = Path.Combine(options.Directory, "duckdb.parquet");
        Console.WriteLine($"# Sim.Parquet macro benchmark: {options.Rows:N0} rows, {options.Repeat} repetitions, " +
                          $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");

        var runs = WriteRepeatedly(options, ours, options.Rows, options.Columns);
        var layout = FileLayout.Of(ours);
        Report.Ours(runs, layout);

        if (!options.SkipDuckDb)
        {
            var duck = CopyWithDuckDb(ours, theirs, options.Repeat, options.Columns);
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

        File.Delete(theirs);
        return 0;
    }

    private static List<WriterRunResult> WriteRepeatedly(MacroOptions options, string path, long rows, IReadOnlyList<string> columns, bool verbose = true)
    {
        var runs = new List<WriterRunResult>();
        for (var i = 0; i < options.Repeat; i++)
        {
            File.Delete(path);
            var stdout = ChildProcess.Run(ChildProcess.Self(options.ChildArguments(path, rows, columns)));
            var line = stdout.Split('\n').Single(l => l.StartsWith(WriterChild.ResultPrefix, StringComparison.Ordinal));
            var run = JsonSerializer.Deserialize<WriterRunResult>(line[WriterChild.ResultPrefix.Length..], Json)!;
            if (verbose)
            {
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  sim run {i + 1}: write {run.WriteMs:F0} ms (generation {run.GenerateMs:F0} ms apart), peak WS {Report.Mb(run.PeakWorkingSetBytes)} MB"));
            }

            runs.Add(run);
        }

        return runs;
    }

    private static DuckDbCopyResult CopyWithDuckDb(string input, string output, int repeat, IReadOnlyList<string> columns, bool verbose = true)
    {
        var args = new List<string> { input, output, repeat.ToString(CultureInfo.InvariantCulture) };
        if (columns.Count > 0)
        {
            args.Add(string.Join(',', columns));
        }

        var result = JsonSerializer.Deserialize<DuckDbCopyResult>(NodeScripts.Run("duckdb-bench.mjs", [.. args]), Json)!;
        if (verbose)
        {
            Console.WriteLine($"  duckdb COPY runs: {string.Join(", ", result.CopyMs.Select(ms => ms.ToString("F0", CultureInfo.InvariantCulture)))} ms");
        }

        return result;
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
        Console.WriteLine($"## Per column ({options.PerColumnRows:N0} rows, one column per file, medians of {options.Repeat})");
        Console.WriteLine("| column | sim ms | duckdb ms | sim/duckdb throughput | sim MB | duckdb MB | sim allocated MB |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        var path = Path.Combine(options.Directory, "sim-column.parquet");
        var duckPath = Path.Combine(options.Directory, "duckdb-column.parquet");
        foreach (var column in PersonTable.Columns())
        {
            var runs = WriteRepeatedly(options, path, options.PerColumnRows, [column.Name], verbose: false);
            var duck = CopyWithDuckDb(path, duckPath, options.Repeat, [column.Name], verbose: false);
            var ourMs = Report.Median(runs.Select(r => r.WriteMs));
            var duckMs = Report.Median(duck.CopyMs);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {column.Name} | {ourMs:F0} | {duckMs:F0} | {duckMs / ourMs:F2}x | {Report.Mb(runs[^1].FileBytes)} | " +
                $"{Report.Mb(duck.FileBytes)} | {Report.Mb(Report.Median(runs.Select(r => (double)r.AllocatedBytes)))} |"));
        }

        File.Delete(path);
        File.Delete(duckPath);
    }
}
