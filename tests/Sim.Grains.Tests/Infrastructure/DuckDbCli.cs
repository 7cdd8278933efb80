using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace Sim.Grains.Tests.Infrastructure;

/// <summary>
/// DuckDB as an independent reader of the run outputs: <c>node tests/interop/duckdb-query.mjs "&lt;sql&gt;"</c> from the
/// repository root. Never skipped: a missing node or npm install fails with what to run (mandatory with CI=true).
/// </summary>
internal static class DuckDbCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Runs one SQL string and returns its rows (values as DuckDB's JSON: numbers, strings, DATE as days).</summary>
    public static JsonElement[][] Query(string sql)
    {
        var script = Path.Combine(TestPaths.RepoRoot, "tests", "interop", "duckdb-query.mjs");
        var package = Path.Combine(TestPaths.RepoRoot, "tests", "interop", "node_modules", "@duckdb", "node-api", "package.json");
        if (!File.Exists(package))
        {
            throw new InvalidOperationException(
                $"DuckDB is not installed ({package} missing): run `npm install --prefix tests/interop` (./test.sh does). CI={Environment.GetEnvironmentVariable("CI") ?? "unset"}.");
        }

        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = TestPaths.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(sql);
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("node is not on PATH; the DuckDB interop tests need Node 20 (never skipped).", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("DuckDB query timed out: " + sql);
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"DuckDB failed ({process.ExitCode}): {stderr.Result}\nSQL: {sql}");
            }

            using var json = JsonDocument.Parse(stdout.Result);
            return [.. json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.Clone()).ToArray())];
        }
    }

    /// <summary>A SQL string literal.</summary>
    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
