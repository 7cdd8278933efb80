namespace Sim.Parquet.Interop.Tests.WrittenByDuckDb;

/// <summary>
/// SQL for a DuckDB table with every type our reader maps (all integer widths signed and unsigned, floats with
/// NaN and infinities, dictionary-friendly and unique strings, blobs, dates, timestamps in s/ms/µs/ns and with
/// time zone), each under four null patterns (<c>_none</c>, <c>_all</c>, <c>_alternating</c>, <c>_random</c>).
/// Values are hashes ({h}) of the row number, so the table is the same on every run.
/// </summary>
internal static class DuckDbTable
{
    private static readonly (string Name, string Type, string Expression)[] Kinds =
    [
        ("bool", "BOOLEAN", "{h} % 2 = 0"),
        ("int8", "TINYINT", "(({h} % 256)::INTEGER - 128)::TINYINT"),
        ("int16", "SMALLINT", "(({h} % 65536)::INTEGER - 32768)::SMALLINT"),
        ("int32", "INTEGER", "(({h} % 4294967296)::BIGINT - 2147483648)::INTEGER"),
        ("int64", "BIGINT", "({h}::HUGEINT - 9223372036854775808)::BIGINT"),
        ("uint8", "UTINYINT", "({h} % 256)::UTINYINT"),
        ("uint16", "USMALLINT", "({h} % 65536)::USMALLINT"),
        ("uint32", "UINTEGER", "({h} % 4294967296)::UINTEGER"),
        ("uint64", "UBIGINT", "{h}"),
        ("float", "FLOAT", "CASE WHEN i % 101 = 7 THEN 'NaN'::FLOAT WHEN i % 103 = 5 THEN '-inf'::FLOAT ELSE (({h} % 2000001)::DOUBLE / 1000 - 1000)::FLOAT END"),
        ("double", "DOUBLE", "CASE WHEN i % 97 = 3 THEN 'NaN'::DOUBLE WHEN i % 89 = 1 THEN 'inf'::DOUBLE ELSE {h}::DOUBLE / 1e10 - 9e8 END"),
        ("string_dict", "VARCHAR", "'category ' || ({h} % 20)"),
        ("string_unique", "VARCHAR", "md5(i::VARCHAR) || CASE i % 4 WHEN 0 THEN '😀' WHEN 1 THEN 'Ａ' WHEN 2 THEN 'é' ELSE '' END"),
        ("binary", "BLOB", "CASE WHEN i % 50 = 0 THEN ''::BLOB ELSE unhex(md5(i::VARCHAR)) END"),
        ("date", "DATE", "DATE '1970-01-01' + (({h} % 200000)::INTEGER - 100000)"),
        ("ts_us", "TIMESTAMP", "make_timestamp(({h} % 20000000000000000)::BIGINT - 10000000000000000)"),
        ("ts_ms", "TIMESTAMP_MS", "make_timestamp(({h} % 20000000000000000)::BIGINT - 10000000000000000)::TIMESTAMP_MS"),
        ("ts_ns", "TIMESTAMP_NS", "make_timestamp_ns(({h} % 8000000000000000000)::BIGINT - 4000000000000000000)"),
        ("ts_tz", "TIMESTAMP WITH TIME ZONE", "make_timestamp(({h} % 20000000000000000)::BIGINT - 10000000000000000)::TIMESTAMPTZ"),
    ];

    /// <summary>(column name, DuckDB type) in table order.</summary>
    public static IEnumerable<(string Name, string Type)> Columns =>
        Kinds.SelectMany(k => Patterns.Select(p => ($"{k.Name}_{p}", k.Type)));

    private static string[] Patterns => ["none", "all", "alternating", "random"];

    /// <summary><c>CREATE OR REPLACE TABLE name AS SELECT ...</c> with <paramref name="rows"/> rows.</summary>
    public static string Create(string table, int rows)
    {
        var columns = new List<string>();
        for (var k = 0; k < Kinds.Length; k++)
        {
            var (name, type, expression) = Kinds[k];
            var value = expression.Replace("{h}", $"hash(i * 31 + {k})", StringComparison.Ordinal);
            columns.Add($"{value} AS {name}_none");
            columns.Add($"NULL::{type} AS {name}_all");
            columns.Add($"CASE WHEN i % 2 = 0 THEN NULL ELSE {value} END AS {name}_alternating");
            columns.Add($"CASE WHEN hash(i * 7 + 99999) % 10 < 3 THEN NULL ELSE {value} END AS {name}_random");
        }

        return $"CREATE OR REPLACE TABLE {table} AS SELECT {string.Join(",\n  ", columns)} FROM range({rows}) AS r(i)";
    }
}
