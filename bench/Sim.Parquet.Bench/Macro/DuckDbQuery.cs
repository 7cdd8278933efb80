using DuckDB.NET.Data;

namespace Sim.Parquet.Bench.Macro;

/// <summary>DuckDB embedded through DuckDB.NET: one SQL string on a fresh in-memory database, one thread.</summary>
internal static class DuckDbQuery
{
    /// <summary>An open in-memory connection with <c>SET threads = 1</c> (the benchmark compares single-threaded writers).</summary>
    public static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Execute(connection, "SET threads = 1; SET preserve_insertion_order = true");
        return connection;
    }

    public static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The first row of the result (DBNull as null).</summary>
    public static object?[] FirstRow(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new InvalidOperationException("no rows: " + sql);
        }

        return [.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i))];
    }

    /// <summary>The first row of one query on a fresh database.</summary>
    public static object?[] FirstRow(string sql)
    {
        using var connection = Open();
        return FirstRow(connection, sql);
    }

    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
