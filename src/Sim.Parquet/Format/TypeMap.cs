namespace Sim.Parquet.Format;

/// <summary>How each <see cref="ParquetType"/> is stored: physical type, annotations and CLR element type.</summary>
internal static class TypeMap
{
    public static PhysicalType Physical(ParquetType type) => type switch
    {
        ParquetType.Boolean => PhysicalType.Boolean,
        ParquetType.Int8 or ParquetType.Int16 or ParquetType.Int32 or ParquetType.UInt8 or ParquetType.UInt16
            or ParquetType.UInt32 or ParquetType.Date => PhysicalType.Int32,
        ParquetType.Int64 or ParquetType.UInt64 or ParquetType.TimestampMillis or ParquetType.TimestampMicros
            or ParquetType.TimestampNanos => PhysicalType.Int64,
        ParquetType.Float => PhysicalType.Float,
        ParquetType.Double => PhysicalType.Double,
        ParquetType.String or ParquetType.Binary => PhysicalType.ByteArray,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown column type"),
    };

    public static Type ClrType(ParquetType type) => type switch
    {
        ParquetType.Boolean => typeof(bool),
        ParquetType.Int8 => typeof(sbyte),
        ParquetType.Int16 => typeof(short),
        ParquetType.Int32 => typeof(int),
        ParquetType.Int64 => typeof(long),
        ParquetType.UInt8 => typeof(byte),
        ParquetType.UInt16 => typeof(ushort),
        ParquetType.UInt32 => typeof(uint),
        ParquetType.UInt64 => typeof(ulong),
        ParquetType.Float => typeof(float),
        ParquetType.Double => typeof(double),
        ParquetType.String => typeof(string),
        ParquetType.Binary => typeof(byte[]),
        ParquetType.Date => typeof(DateOnly),
        _ => typeof(DateTime),
    };

    /// <summary>The schema element the writer emits for a field: physical type, LogicalType and matching ConvertedType.</summary>
    public static SchemaElement ToSchemaElement(ParquetField field)
    {
        var element = new SchemaElement
        {
            Name = field.Name,
            Type = Physical(field.Type),
            Repetition = field.Nullable ? 1 : 0,
        };
        (element.LogicalType, element.ConvertedType) = field.Type switch
        {
            ParquetType.Int8 => (LogicalTypeMeta.Integer(8, true), Format.ConvertedType.Int8),
            ParquetType.Int16 => (LogicalTypeMeta.Integer(16, true), Format.ConvertedType.Int16),
            ParquetType.Int32 => (LogicalTypeMeta.Integer(32, true), Format.ConvertedType.Int32),
            ParquetType.Int64 => (LogicalTypeMeta.Integer(64, true), Format.ConvertedType.Int64),
            ParquetType.UInt8 => (LogicalTypeMeta.Integer(8, false), Format.ConvertedType.UInt8),
            ParquetType.UInt16 => (LogicalTypeMeta.Integer(16, false), Format.ConvertedType.UInt16),
            ParquetType.UInt32 => (LogicalTypeMeta.Integer(32, false), Format.ConvertedType.UInt32),
            ParquetType.UInt64 => (LogicalTypeMeta.Integer(64, false), Format.ConvertedType.UInt64),
            ParquetType.String => (LogicalTypeMeta.String(), Format.ConvertedType.Utf8),
            ParquetType.Date => (LogicalTypeMeta.Date(), Format.ConvertedType.Date),
            ParquetType.TimestampMillis => (LogicalTypeMeta.Timestamp(LogicalTypeMeta.Millis), Format.ConvertedType.TimestampMillis),
            ParquetType.TimestampMicros => (LogicalTypeMeta.Timestamp(LogicalTypeMeta.Micros), Format.ConvertedType.TimestampMicros),
            _ => ((LogicalTypeMeta?)null, (ConvertedType?)null),
        };
        return element;
    }
}
