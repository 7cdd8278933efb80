using System.Buffers.Binary;
using System.Text;
using Sim.Parquet.Format;

namespace Sim.Parquet.Reading;

/// <summary>
/// Decodes chunk statistics into CLR values. Bounds this reader cannot trust (an unknown column
/// order, deprecated signed min/max of unsigned or byte-array columns, NaN, malformed bytes) come back null.
/// </summary>
internal static class StatisticsReader
{
    public static ParquetColumnStatistics? Read(ColumnDescriptor column, StatisticsMeta? stats, short columnOrder)
    {
        if (stats is null)
        {
            return null;
        }

        var min = stats.MinValue;
        var max = stats.MaxValue;
        if (min is null && max is null && SignedOrder(column))
        {
            min = stats.LegacyMin;
            max = stats.LegacyMax;
        }

        var trusted = columnOrder is 0 or FileMetaData.TypeOrder && column.Physical != PhysicalType.Int96;
        return new ParquetColumnStatistics(
            trusted ? Decode(column, min) : null,
            trusted ? Decode(column, max) : null,
            stats.NullCount is >= 0 ? stats.NullCount : null,
            stats.DistinctCount is >= 0 ? stats.DistinctCount : null);
    }

    private static bool SignedOrder(ColumnDescriptor column) => column.Field.Type is not (
        ParquetType.String or ParquetType.Binary or ParquetType.UInt8 or ParquetType.UInt16
        or ParquetType.UInt32 or ParquetType.UInt64);

    private static object? Decode(ColumnDescriptor column, byte[]? bytes)
    {
        if (bytes is null)
        {
            return null;
        }

        var type = column.Field.Type;
        switch (column.Physical)
        {
            case PhysicalType.Boolean:
                return bytes.Length >= 1 ? bytes[0] != 0 : null;
            case PhysicalType.Int32 when bytes.Length == 4:
                var i = BinaryPrimitives.ReadInt32LittleEndian(bytes);
                return type switch
                {
                    ParquetType.Int8 => (sbyte)i,
                    ParquetType.Int16 => (short)i,
                    ParquetType.UInt8 => (byte)i,
                    ParquetType.UInt16 => (ushort)i,
                    ParquetType.UInt32 => (uint)i,
                    ParquetType.Date => i + 719_162L is >= 0 and var day && day <= DateOnly.MaxValue.DayNumber
                        ? DateOnly.FromDayNumber((int)day)
                        : null,
                    _ => i,
                };
            case PhysicalType.Int64 when bytes.Length == 8:
                var l = BinaryPrimitives.ReadInt64LittleEndian(bytes);
                return type switch
                {
                    ParquetType.UInt64 => (ulong)l,
                    ParquetType.TimestampMillis or ParquetType.TimestampMicros or ParquetType.TimestampNanos => TryDateTime(l, type),
                    _ => l,
                };
            case PhysicalType.Float when bytes.Length == 4:
                var f = BinaryPrimitives.ReadSingleLittleEndian(bytes);
                return float.IsNaN(f) ? null : f;
            case PhysicalType.Double when bytes.Length == 8:
                var d = BinaryPrimitives.ReadDoubleLittleEndian(bytes);
                return double.IsNaN(d) ? null : d;
            case PhysicalType.ByteArray or PhysicalType.FixedLenByteArray:
                return type == ParquetType.String ? Encoding.UTF8.GetString(bytes) : bytes.Clone();
            default:
                return null;
        }
    }

    private static object? TryDateTime(long value, ParquetType type)
    {
        try
        {
            return ValueMaterializer.ToDateTime(value, type, isTicks: false, clamp: false, "statistics");
        }
        catch (ParquetFormatException)
        {
            return null;
        }
    }
}
