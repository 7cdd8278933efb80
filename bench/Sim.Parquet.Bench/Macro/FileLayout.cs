using System.Globalization;
using System.Text.Json;

namespace Sim.Parquet.Bench.Macro;

/// <summary>Row-group layout of a Parquet file as DuckDB's parquet_metadata() sees it.</summary>
internal sealed record FileLayout(int RowGroups, long MedianRows, long MaxRowGroupBytes, long MaxRowGroupCompressedBytes, long TotalBytes)
{
    public static FileLayout Of(string path)
    {
        var sql = $"""
            SELECT count(*), median(n)::BIGINT, max(b), max(cb), sum(b) FROM (
              SELECT row_group_id, any_value(row_group_num_rows) AS n, any_value(row_group_bytes) AS b,
                     sum(total_compressed_size) AS cb
              FROM parquet_metadata('{path.Replace("'", "''", StringComparison.Ordinal)}') GROUP BY row_group_id)
            """;
        using var json = JsonDocument.Parse(NodeScripts.Run("duckdb-query.mjs", sql));
        var row = json.RootElement.GetProperty("rows")[0];
        long At(int i) => row[i].ValueKind == JsonValueKind.Number
            ? row[i].GetInt64()
            : (long)decimal.Parse(row[i].GetString()!, CultureInfo.InvariantCulture);
        return new FileLayout((int)At(0), At(1), At(2), At(3), At(4));
    }
}
