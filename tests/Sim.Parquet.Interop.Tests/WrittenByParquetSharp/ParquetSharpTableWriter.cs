using ParquetSharp;
using Sim.Parquet.Interop.Tests.Fixtures;

namespace Sim.Parquet.Interop.Tests.WrittenByParquetSharp;

/// <summary>
/// Writes a <see cref="TestTable"/> with ParquetSharp's LogicalColumnWriter (Arrow C++), each column with the
/// logical type our type stands for, so our reader can be checked against files another writer produced.
/// </summary>
internal static class ParquetSharpTableWriter
{
    private static readonly int UnixEpochDay = new DateOnly(1970, 1, 1).DayNumber;

    public static void Write(TestTable table, string path, WriterProperties properties, int rowGroupRows)
    {
        var columns = table.Columns.Select(c => Column(c.Field)).ToArray();
        using var writer = new ParquetSharp.ParquetFileWriter(path, columns, properties);
        for (var start = 0; start < table.Rows; start += rowGroupRows)
        {
            var count = Math.Min(rowGroupRows, table.Rows - start);
            using var group = writer.AppendRowGroup();
            foreach (var column in table.Columns)
            {
                using var next = group.NextColumn();
                WriteColumn(next, column.Field, column.Expected.AsSpan(start, count).ToArray());
            }
        }

        writer.Close();
    }

    private static Column Column(ParquetField field) => field.Type switch
    {
        ParquetType.Boolean => Of<bool>(field),
        ParquetType.Int8 => Of<sbyte>(field),
        ParquetType.Int16 => Of<short>(field),
        ParquetType.Int32 => Of<int>(field),
        ParquetType.Int64 => Of<long>(field),
        ParquetType.UInt8 => Of<byte>(field),
        ParquetType.UInt16 => Of<ushort>(field),
        ParquetType.UInt32 => Of<uint>(field),
        ParquetType.UInt64 => Of<ulong>(field),
        ParquetType.Float => Of<float>(field),
        ParquetType.Double => Of<double>(field),
        ParquetType.Date => Of<Date>(field),
        ParquetType.TimestampMillis => Of<DateTime>(field, LogicalType.Timestamp(isAdjustedToUtc: true, TimeUnit.Millis)),
        ParquetType.TimestampMicros => Of<DateTime>(field, LogicalType.Timestamp(isAdjustedToUtc: true, TimeUnit.Micros)),
        ParquetType.String => new Column<string>(field.Name),
        ParquetType.Binary => new Column<byte[]>(field.Name),
        var other => throw new ArgumentOutOfRangeException(nameof(field), other, "not writable"),
    };

    private static Column Of<T>(ParquetField field, LogicalType? logicalType = null)
        where T : struct => field.Nullable ? new Column<T?>(field.Name, logicalType) : new Column<T>(field.Name, logicalType);

    private static void WriteColumn(ColumnWriter column, ParquetField field, object?[] values)
    {
        switch (field.Type)
        {
            case ParquetType.Boolean: Values<bool>(column, field, values, v => (bool)v); break;
            case ParquetType.Int8: Values<sbyte>(column, field, values, v => (sbyte)v); break;
            case ParquetType.Int16: Values<short>(column, field, values, v => (short)v); break;
            case ParquetType.Int32: Values<int>(column, field, values, v => (int)v); break;
            case ParquetType.Int64: Values<long>(column, field, values, v => (long)v); break;
            case ParquetType.UInt8: Values<byte>(column, field, values, v => (byte)v); break;
            case ParquetType.UInt16: Values<ushort>(column, field, values, v => (ushort)v); break;
            case ParquetType.UInt32: Values<uint>(column, field, values, v => (uint)v); break;
            case ParquetType.UInt64: Values<ulong>(column, field, values, v => (ulong)v); break;
            case ParquetType.Float: Values<float>(column, field, values, v => (float)v); break;
            case ParquetType.Double: Values<double>(column, field, values, v => (double)v); break;
            case ParquetType.Date: Values<Date>(column, field, values, v => new Date(((DateOnly)v).DayNumber - UnixEpochDay)); break;
            case ParquetType.TimestampMillis or ParquetType.TimestampMicros: Values<DateTime>(column, field, values, v => (DateTime)v); break;
            case ParquetType.String:
                using (var strings = column.LogicalWriter<string?>())
                {
                    strings.WriteBatch([.. values.Cast<string?>()]);
                }

                break;
            case ParquetType.Binary:
                using (var bytes = column.LogicalWriter<byte[]?>())
                {
                    bytes.WriteBatch([.. values.Cast<byte[]?>()]);
                }

                break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field.Type, "not writable");
        }
    }

    private static void Values<T>(ColumnWriter column, ParquetField field, object?[] values, Func<object, T> convert)
        where T : struct
    {
        if (field.Nullable)
        {
            using var optional = column.LogicalWriter<T?>();
            optional.WriteBatch([.. values.Select(v => v is null ? (T?)null : convert(v))]);
        }
        else
        {
            using var required = column.LogicalWriter<T>();
            required.WriteBatch([.. values.Select(v => convert(v!))]);
        }
    }
}
