using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Sim.Parquet.Bench.Macro;

/// <summary>
/// The DuckDB side of the benchmark (<c>macro-duckdb input output [columns]</c>), a child process so its memory is
/// its own. Loads the input (written by Sim.Parquet) into an in-memory table, untimed, with <c>SET threads=1</c>;
/// prints <c>{"ready":true,"loadMs"}</c>; then runs one timed <c>COPY t TO output (FORMAT parquet, COMPRESSION
/// snappy)</c> per stdin line and prints <c>{"ms","cpuMs"}</c> (cpuMs: this process's CPU time during the COPY).
/// When stdin closes it prints a <see cref="DuckDbCopyResult"/> with all timings and the output's layout.
/// </summary>
internal static class DuckDbBenchChild
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static int Run(IReadOnlyList<string> args)
    {
        if (args.Count < 2)
        {
            throw new ArgumentException("usage: macro-duckdb <input.parquet> <output.parquet> [<comma-separated columns>]");
        }

        var (input, output) = (args[0], args[1]);
        var projection = args.Count > 2
            ? string.Join(", ", args[2].Split(',').Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""))
            : "*";
        using var connection = DuckDbQuery.Open();
        var clock = Stopwatch.StartNew();
        DuckDbQuery.Execute(connection, $"CREATE TABLE t AS SELECT {projection} FROM read_parquet({DuckDbQuery.Literal(input)})");
        var loadMs = clock.Elapsed.TotalMilliseconds;
        var rows = Convert.ToInt64(DuckDbQuery.FirstRow(connection, "SELECT count(*) FROM t")[0], CultureInfo.InvariantCulture);
        Console.WriteLine(JsonSerializer.Serialize(new { ready = true, loadMs }, Json));

        var copy = $"COPY t TO {DuckDbQuery.Literal(output)} (FORMAT parquet, COMPRESSION snappy)";
        var copyMs = new List<double>();
        var copyCpuMs = new List<double>();
        using var self = Process.GetCurrentProcess();
        while (Console.ReadLine() is { } line)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            File.Delete(output);
            self.Refresh();
            var cpu = self.TotalProcessorTime;
            clock.Restart();
            DuckDbQuery.Execute(connection, copy);
            copyMs.Add(clock.Elapsed.TotalMilliseconds);
            self.Refresh();
            copyCpuMs.Add((self.TotalProcessorTime - cpu).TotalMilliseconds);
            Console.WriteLine(JsonSerializer.Serialize(new { ms = copyMs[^1], cpuMs = copyCpuMs[^1] }, Json));
        }

        var layout = DuckDbQuery.FirstRow(connection, $"""
            SELECT count(*), median(n)::DOUBLE, median(b)::DOUBLE, median(cb)::DOUBLE FROM (
              SELECT row_group_id, any_value(row_group_num_rows) AS n, any_value(row_group_bytes) AS b,
                     sum(total_compressed_size) AS cb
              FROM parquet_metadata({DuckDbQuery.Literal(output)}) GROUP BY row_group_id)
            """);
        double At(int i) => Convert.ToDouble(layout[i], CultureInfo.InvariantCulture);
        var result = new DuckDbCopyResult(
            rows, loadMs, [.. copyMs], [.. copyCpuMs], new FileInfo(output).Length, (int)At(0), At(1), At(2), At(3), MemorySampler.PeakWorkingSet());
        Console.WriteLine(JsonSerializer.Serialize(result, Json));
        return 0;
    }
}
