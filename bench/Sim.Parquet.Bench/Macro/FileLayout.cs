using System.Globalization;

namespace Sim.Parquet.Bench.Macro;

/// <summary>Row-group layout of a Parquet file as DuckDB's parquet_metadata() sees it.</summary>
internal sealed record FileLayout(int RowGroups, long MedianRows, long MaxRowGroupBytes, long MaxRowGroupCompressedBytes, long TotalBytes)
{
    public static FileLayout Of(string path)
    {
        var row = DuckDbQuery.FirstRow($"""
            SELECT count(*), median(n)::BIGINT, max(b), max(cb)::BIGINT, sum(b)::BIGINT FROM (
              SELECT row_group_id, any_value(row_group_num_rows) AS n, any_value(row_group_bytes) AS b,
                     sum(total_compressed_size) AS cb
              FROM parquet_metadata({DuckDbQuery.Literal(path)}) GROUP BY row_group_id)
            """);
        long At(int i) => Convert.ToInt64(row[i], CultureInfo.InvariantCulture);
        return new FileLayout((int)At(0), At(1), At(2), At(3), At(4));
    }
}
