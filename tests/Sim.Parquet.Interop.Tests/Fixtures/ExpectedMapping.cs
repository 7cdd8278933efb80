namespace Sim.Parquet.Interop.Tests.Fixtures;

/// <summary>
/// How each <see cref="ParquetType"/> must appear in a Parquet file (physical type, converted type) and in DuckDB
/// (its column type), from the Parquet spec's LogicalTypes.md and DuckDB's documented type mapping.
/// </summary>
internal static class ExpectedMapping
{
    public static string PhysicalType(ParquetType type) => type switch
    {
        ParquetType.Boolean => "BOOLEAN",
        ParquetType.Int8 or ParquetType.Int16 or ParquetType.Int32 or ParquetType.UInt8 or ParquetType.UInt16
            or ParquetType.UInt32 or ParquetType.Date => "INT32",
        ParquetType.Int64 or ParquetType.UInt64 or ParquetType.TimestampMillis or ParquetType.TimestampMicros
            or ParquetType.TimestampNanos => "INT64",
        ParquetType.Float => "FLOAT",
        ParquetType.Double => "DOUBLE",
        ParquetType.String or ParquetType.Binary => "BYTE_ARRAY",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The converted type a writer must set; null where none applies (a plain INT32/INT64 may carry INT_32/INT_64).</summary>
    public static string? ConvertedType(ParquetType type) => type switch
    {
        ParquetType.Int8 => "INT_8",
        ParquetType.Int16 => "INT_16",
        ParquetType.UInt8 => "UINT_8",
        ParquetType.UInt16 => "UINT_16",
        ParquetType.UInt32 => "UINT_32",
        ParquetType.UInt64 => "UINT_64",
        ParquetType.String => "UTF8",
        ParquetType.Date => "DATE",
        ParquetType.TimestampMillis => "TIMESTAMP_MILLIS",
        ParquetType.TimestampMicros => "TIMESTAMP_MICROS",
        _ => null,
    };

    /// <summary>
    /// DuckDB's column type for a file column of this type. Our timestamps are UTC instants (DateTime, Kind=Utc),
    /// written with isAdjustedToUTC=true, which DuckDB reads as TIMESTAMP WITH TIME ZONE.
    /// </summary>
    public static string DuckDbType(ParquetType type) => type switch
    {
        ParquetType.Boolean => "BOOLEAN",
        ParquetType.Int8 => "TINYINT",
        ParquetType.Int16 => "SMALLINT",
        ParquetType.Int32 => "INTEGER",
        ParquetType.Int64 => "BIGINT",
        ParquetType.UInt8 => "UTINYINT",
        ParquetType.UInt16 => "USMALLINT",
        ParquetType.UInt32 => "UINTEGER",
        ParquetType.UInt64 => "UBIGINT",
        ParquetType.Float => "FLOAT",
        ParquetType.Double => "DOUBLE",
        ParquetType.String => "VARCHAR",
        ParquetType.Binary => "BLOB",
        ParquetType.Date => "DATE",
        ParquetType.TimestampNanos => "TIMESTAMP_NS",
        _ => "TIMESTAMP WITH TIME ZONE",
    };

    /// <summary>Our type for a column DuckDB wrote from a table column of the given DuckDB type.</summary>
    public static ParquetType FromDuckDbType(string duckDbType) => duckDbType switch
    {
        "BOOLEAN" => ParquetType.Boolean,
        "TINYINT" => ParquetType.Int8,
        "SMALLINT" => ParquetType.Int16,
        "INTEGER" => ParquetType.Int32,
        "BIGINT" => ParquetType.Int64,
        "UTINYINT" => ParquetType.UInt8,
        "USMALLINT" => ParquetType.UInt16,
        "UINTEGER" => ParquetType.UInt32,
        "UBIGINT" => ParquetType.UInt64,
        "FLOAT" => ParquetType.Float,
        "DOUBLE" => ParquetType.Double,
        "VARCHAR" => ParquetType.String,
        "BLOB" => ParquetType.Binary,
        "DATE" => ParquetType.Date,
        "TIMESTAMP_MS" => ParquetType.TimestampMillis,
        "TIMESTAMP" or "TIMESTAMP WITH TIME ZONE" => ParquetType.TimestampMicros,
        "TIMESTAMP_NS" => ParquetType.TimestampNanos,
        _ => throw new ArgumentOutOfRangeException(nameof(duckDbType), duckDbType, null),
    };

    /// <summary>The codec's name in the footer, as DuckDB prints it.</summary>
    public static string CodecName(ParquetCompression codec) => codec switch
    {
        ParquetCompression.None => "UNCOMPRESSED",
        ParquetCompression.Snappy => "SNAPPY",
        ParquetCompression.Gzip => "GZIP",
        ParquetCompression.Zstd => "ZSTD",
        _ => throw new ArgumentOutOfRangeException(nameof(codec), codec, null),
    };
}
