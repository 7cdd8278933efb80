namespace Sim.Parquet;

/// <summary>
/// The column types Sim.Parquet reads and writes. Each maps to one CLR element type used for
/// spans and arrays of values: Boolean→bool, Int8→sbyte, Int16→short, Int32→int, Int64→long,
/// UInt8→byte, UInt16→ushort, UInt32→uint, UInt64→ulong, Float→float, Double→double,
/// Date→DateOnly, Timestamp*→DateTime (UTC), String→string?, Binary→byte[]?.
/// </summary>
public enum ParquetType
{
    /// <summary>BOOLEAN; CLR <see cref="bool"/>.</summary>
    Boolean,

    /// <summary>INT32 annotated INTEGER(8, signed); CLR <see cref="sbyte"/>.</summary>
    Int8,

    /// <summary>INT32 annotated INTEGER(16, signed); CLR <see cref="short"/>.</summary>
    Int16,

    /// <summary>INT32; CLR <see cref="int"/>.</summary>
    Int32,

    /// <summary>INT64; CLR <see cref="long"/>.</summary>
    Int64,

    /// <summary>INT32 annotated INTEGER(8, unsigned); CLR <see cref="byte"/>.</summary>
    UInt8,

    /// <summary>INT32 annotated INTEGER(16, unsigned); CLR <see cref="ushort"/>.</summary>
    UInt16,

    /// <summary>INT32 annotated INTEGER(32, unsigned); CLR <see cref="uint"/>.</summary>
    UInt32,

    /// <summary>INT64 annotated INTEGER(64, unsigned); CLR <see cref="ulong"/>.</summary>
    UInt64,

    /// <summary>FLOAT; CLR <see cref="float"/>.</summary>
    Float,

    /// <summary>DOUBLE; CLR <see cref="double"/>.</summary>
    Double,

    /// <summary>BYTE_ARRAY annotated STRING (UTF-8); CLR <see cref="string"/>.</summary>
    String,

    /// <summary>BYTE_ARRAY without annotation (or FIXED_LEN_BYTE_ARRAY when read); CLR byte[].</summary>
    Binary,

    /// <summary>INT32 annotated DATE (days since 1970-01-01); CLR <see cref="DateOnly"/>.</summary>
    Date,

    /// <summary>INT64 annotated TIMESTAMP(UTC, MILLIS); CLR <see cref="DateTime"/> (UTC).</summary>
    TimestampMillis,

    /// <summary>INT64 annotated TIMESTAMP(UTC, MICROS); CLR <see cref="DateTime"/> (UTC).</summary>
    TimestampMicros,

    /// <summary>Read-only: INT96 or INT64 TIMESTAMP(NANOS) columns; CLR <see cref="DateTime"/> (UTC, 100 ns ticks).</summary>
    TimestampNanos,
}
