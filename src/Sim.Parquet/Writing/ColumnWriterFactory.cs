namespace Sim.Parquet.Writing;

/// <summary>Creates the column writer for a field's storage type.</summary>
internal static class ColumnWriterFactory
{
    public static ColumnWriter Create(ParquetField field, ParquetWriterOptions options, WriterResources shared) => field.Type switch
    {
        ParquetType.Boolean => new BooleanColumnWriter(field, options, shared),
        ParquetType.Int8 or ParquetType.Int16 or ParquetType.Int32 or ParquetType.Date => new FixedColumnWriter<int>(field, options, shared),
        ParquetType.UInt8 or ParquetType.UInt16 or ParquetType.UInt32 => new FixedColumnWriter<uint>(field, options, shared),
        ParquetType.Int64 or ParquetType.TimestampMillis or ParquetType.TimestampMicros => new FixedColumnWriter<long>(field, options, shared),
        ParquetType.UInt64 => new FixedColumnWriter<ulong>(field, options, shared),
        ParquetType.Float => new FixedColumnWriter<float>(field, options, shared),
        ParquetType.Double => new FixedColumnWriter<double>(field, options, shared),
        ParquetType.String => new ByteArrayColumnWriter<string, Utf8StringKey>(field, options, shared),
        ParquetType.Binary => new ByteArrayColumnWriter<byte[], BinaryKey>(field, options, shared),
        ParquetType.TimestampNanos => throw new ArgumentException(
            $"column '{field.Name}': TimestampNanos is read-only; write TimestampMicros or TimestampMillis", nameof(field)),
        _ => throw new ArgumentException($"column '{field.Name}' has unknown type {field.Type}", nameof(field)),
    };
}
