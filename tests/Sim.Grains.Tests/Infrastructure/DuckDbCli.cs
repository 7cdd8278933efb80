using DuckDB.NET.Data;

namespace Sim.Grains.Tests.Infrastructure;

/// <summary>
/// DuckDB as an independent reader of the run outputs, embedded through DuckDB.NET (native library from NuGet).
/// Never skipped: a DuckDB that cannot load fails the test (mandatory with CI=true as without).
/// </summary>
internal static class DuckDbCli
{
    /// <summary>Runs one SQL string on a fresh in-memory database and returns its rows (DBNull as null).</summary>
    public static object?[][] Query(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i))]);
        }

        return [.. rows];
    }

    /// <summary>A SQL string literal.</summary>
    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
