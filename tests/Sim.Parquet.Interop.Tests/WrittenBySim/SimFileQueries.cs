using Sim.Parquet.Interop.Tests.Infrastructure;

namespace Sim.Parquet.Interop.Tests.WrittenBySim;

/// <summary>Everything DuckDB can tell about one of our files, fetched in one round trip.</summary>
internal sealed record SimFileQueries(
    DuckDbColumns Data,
    DuckDbResult Chunks,
    DuckDbResult Schema,
    DuckDbResult KeyValues,
    DuckDbResult File)
{
    public static SimFileQueries Run(string path)
    {
        var f = Sql.Literal(path);
        var r = DuckDb.Shared.Query(
            $"""
             SELECT row_group_id, row_group_num_rows, row_group_bytes, row_group_compressed_bytes, column_id, file_offset,
                    num_values, path_in_schema, type, stats_null_count, stats_min_value, stats_max_value, compression,
                    encodings, dictionary_page_offset, data_page_offset, total_compressed_size, total_uncompressed_size
             FROM parquet_metadata({f}) ORDER BY row_group_id, column_id
             """,
            $"SELECT name, type, repetition_type, converted_type, logical_type, num_children FROM parquet_schema({f})",
            $"SELECT key, value FROM parquet_kv_metadata({f})",
            $"""
             SELECT created_by, num_rows, num_row_groups, format_version, file_size_bytes, footer_size,
                    len(column_orders) AS orders, len(list_filter(column_orders, o -> o LIKE '%TYPE_ORDER%')) AS type_orders
             FROM parquet_file_metadata({f})
             """);
        return new SimFileQueries(DuckDbColumns.ReadParquet(path), r[0], r[1], r[2], r[3]);
    }
}
