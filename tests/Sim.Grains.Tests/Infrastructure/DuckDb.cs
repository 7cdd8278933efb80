using DuckDB.NET.Data;

namespace Sim.Grains.Tests.Infrastructure;

/// <summary>DuckDB (embedded through DuckDB.NET) as an independent reader of the run outputs.</summary>
internal static class DuckDb
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
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return [.. rows];
    }

    /// <summary>A SQL string literal.</summary>
    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
