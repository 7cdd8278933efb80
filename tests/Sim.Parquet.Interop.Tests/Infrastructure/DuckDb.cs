using System.Data.Common;
using DuckDB.NET.Data;

namespace Sim.Parquet.Interop.Tests.Infrastructure;

/// <summary>
/// DuckDB as an independent Parquet reader and writer, embedded through DuckDB.NET (its native library ships in
/// the DuckDB.NET.Data.Full package, so nothing is installed beside the .NET SDK). One in-memory database per
/// test run, on one thread (<c>SET threads = 1</c>, the machine is shared); requests are serialised.
/// A native library that does not load fails every test with DuckDB's message: the interop tests are never
/// skipped, with CI=true or without.
/// </summary>
internal sealed class DuckDb : IDisposable
{
    private static readonly Lazy<DuckDb> LazyShared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly DuckDBConnection connection;
    private readonly Lock gate = new();

    private DuckDb(DuckDBConnection connection) => this.connection = connection;

    /// <summary>The database shared by all tests; opened on first use, closed when the test host exits.</summary>
    public static DuckDb Shared => LazyShared.Value;

    /// <summary>Opens a new in-memory database.</summary>
    public static DuckDb Start()
    {
        DuckDBConnection connection;
        try
        {
            connection = new DuckDBConnection("DataSource=:memory:");
            connection.Open();
        }
        catch (Exception e) when (e is DllNotFoundException or DuckDBException or BadImageFormatException)
        {
            throw new DuckDbException(
                $"DuckDB (DuckDB.NET.Data.Full) cannot open an in-memory database: {e.Message}. " +
                $"The interop tests are mandatory and never skipped (CI={Environment.GetEnvironmentVariable("CI") ?? "unset"}).",
                e);
        }

        var duckDb = new DuckDb(connection);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => duckDb.Dispose();
        duckDb.Query("SET threads = 1");
        return duckDb;
    }

    /// <summary>Runs the statements in order (each string may hold several; the last result counts).</summary>
    /// <exception cref="DuckDbException">When any statement fails; the message names it.</exception>
    public IReadOnlyList<DuckDbResult> Query(params string[] statements)
    {
        var outcomes = TryQuery(statements);
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
    public IReadOnlyList<DuckDbOutcome> TryQuery(params string[] statements)
    {
        lock (gate)
        {
            var outcomes = new List<DuckDbOutcome>(statements.Length);
            foreach (var sql in statements)
            {
                try
                {
                    outcomes.Add(new DuckDbOutcome(RunOne(sql), null));
                }
                catch (DbException e)
                {
                    outcomes.Add(new DuckDbOutcome(null, e.Message));
                }
            }

            return outcomes;
        }
    }

    public void Dispose() => connection.Dispose();

    private DuckDbResult RunOne(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var result = DuckDbResult.Read(reader);
        while (reader.NextResult())
        {
            result = DuckDbResult.Read(reader);
        }

        return result;
    }
}
