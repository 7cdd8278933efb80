namespace Sim.Parquet.Interop.Tests.Fixtures;

/// <summary>Reads columns with our reader into boxed values (null = null), row group by row group.</summary>
internal static class SimReading
{
    public static object?[] Column(ParquetFileReader reader, int column)
    {
        var values = new List<object?>();
        for (var rowGroup = 0; rowGroup < reader.RowGroupCount; rowGroup++)
        {
            values.AddRange(Column(reader, rowGroup, column));
        }

        return [.. values];
    }

    public static object?[] Column(ParquetFileReader reader, int rowGroup, int column) => reader.Schema.Fields[column].Type switch
    {
        ParquetType.Boolean => Boxed<bool>(reader, rowGroup, column),
        ParquetType.Int8 => Boxed<sbyte>(reader, rowGroup, column),
        ParquetType.Int16 => Boxed<short>(reader, rowGroup, column),
        ParquetType.Int32 => Boxed<int>(reader, rowGroup, column),
        ParquetType.Int64 => Boxed<long>(reader, rowGroup, column),
        ParquetType.UInt8 => Boxed<byte>(reader, rowGroup, column),
        ParquetType.UInt16 => Boxed<ushort>(reader, rowGroup, column),
        ParquetType.UInt32 => Boxed<uint>(reader, rowGroup, column),
        ParquetType.UInt64 => Boxed<ulong>(reader, rowGroup, column),
        ParquetType.Float => Boxed<float>(reader, rowGroup, column),
        ParquetType.Double => Boxed<double>(reader, rowGroup, column),
        ParquetType.Date => Boxed<DateOnly>(reader, rowGroup, column),
        ParquetType.TimestampMillis or ParquetType.TimestampMicros or ParquetType.TimestampNanos => Boxed<DateTime>(reader, rowGroup, column),
        ParquetType.String => reader.ReadStrings(rowGroup, column),
        ParquetType.Binary => reader.ReadBinary(rowGroup, column),
        var other => throw new ArgumentOutOfRangeException(nameof(column), other, "unknown type"),
    };

    /// <summary>Every column of every row group: what a full read of the file returns.</summary>
    public static object?[][] All(ParquetFileReader reader) =>
        [.. Enumerable.Range(0, reader.Schema.Fields.Count).Select(c => Column(reader, c))];

    private static object?[] Boxed<T>(ParquetFileReader reader, int rowGroup, int column)
        where T : unmanaged
    {
        var values = reader.ReadColumn<T>(rowGroup, column, out var present);
        var boxed = new object?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            boxed[i] = present is null || present[i] ? values[i] : null;
        }

        return boxed;
    }
}
