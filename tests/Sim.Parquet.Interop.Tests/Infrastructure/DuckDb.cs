using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Sim.Parquet.Interop.Tests.Infrastructure;

/// <summary>
/// DuckDB as an independent Parquet reader and writer: one <c>node tests/interop/duckdb-query.mjs --server</c>
/// process per test run, fed one JSON line of SQL statements per request. Starting node costs a few hundred
/// milliseconds, so every test shares <see cref="Shared"/> and sends its checks in one batch.
/// Missing node or a missing npm install make every test fail with a message saying what to run: the
/// interop tests are never skipped (CI=true makes them mandatory, and outside CI they fail just as loudly).
/// </summary>
internal sealed class DuckDb : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(120);
    private static readonly Lazy<DuckDb> LazyShared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Process process;
    private readonly StringBuilder stderr = new();
    private readonly Lock gate = new();

    private DuckDb(Process process)
    {
        this.process = process;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (stderr)
                {
                    stderr.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
    }

    /// <summary>The process shared by all tests; started on first use, ended when the test host exits.</summary>
    public static DuckDb Shared => LazyShared.Value;

    /// <summary>Starts a new DuckDB node process after checking node and the npm packages are there.</summary>
    public static DuckDb Start()
    {
        var process = NodeScript.Start("duckdb-query.mjs", "--server");
        var duckDb = new DuckDb(process);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => duckDb.Dispose();
        var version = duckDb.Send(["SELECT version() AS v"], StartTimeout)[0];
        if (version.Error is not null)
        {
            duckDb.Dispose();
            throw new DuckDbException("DuckDB started but cannot run `SELECT version()`: " + version.Error);
        }

        return duckDb;
    }

    /// <summary>Runs the statements in order (each string may hold several; the last result counts).</summary>
    /// <exception cref="DuckDbException">When any statement fails; the message names it.</exception>
    public IReadOnlyList<DuckDbResult> Query(params string[] statements)
    {
        var outcomes = Send(statements, RequestTimeout);
        var results = new DuckDbResult[outcomes.Count];
        for (var i = 0; i < outcomes.Count; i++)
        {
            results[i] = outcomes[i].Result
                ?? throw new DuckDbException($"DuckDB failed on statement {i}: {outcomes[i].Error}\nSQL: {statements[i]}");
        }

        return results;
    }

    public DuckDbResult QueryOne(string sql) => Query(sql)[0];

    /// <summary>Like <see cref="Query"/>, but a failing statement yields its error instead of throwing.</summary>
    public IReadOnlyList<DuckDbOutcome> TryQuery(params string[] statements) => Send(statements, RequestTimeout);

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                // Closing stdin ends the server's read loop; kill only if it does not go by itself.
                process.StandardInput.Close();
                if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
                {
                    process.Kill(entireProcessTree: true);
                }
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
    }

    private List<DuckDbOutcome> Send(string[] statements, TimeSpan timeout)
    {
        lock (gate)
        {
            if (process.HasExited)
            {
                throw new DuckDbException($"The DuckDB node process has exited (code {process.ExitCode}). stderr:\n{Stderr()}");
            }

            process.StandardInput.WriteLine(JsonSerializer.Serialize(statements));
            process.StandardInput.Flush();
            var read = process.StandardOutput.ReadLineAsync();
            string? line;
            try
            {
                line = read.WaitAsync(timeout).GetAwaiter().GetResult();
            }
            catch (TimeoutException e)
            {
                process.Kill(entireProcessTree: true);
                throw new DuckDbException($"DuckDB did not answer within {timeout}. stderr:\n{Stderr()}", e);
            }

            if (line is null)
            {
                process.WaitForExit(TimeSpan.FromSeconds(5));
                throw new DuckDbException($"The DuckDB node process closed its output. stderr:\n{Stderr()}");
            }

            var outcomes = DuckDbOutcome.ParseMany(line);
            if (outcomes.Count != statements.Length)
            {
                throw new DuckDbException($"DuckDB answered {outcomes.Count} results for {statements.Length} statements: {line}");
            }

            return outcomes;
        }
    }

    private string Stderr()
    {
        lock (stderr)
        {
            return stderr.ToString();
        }
    }
}
