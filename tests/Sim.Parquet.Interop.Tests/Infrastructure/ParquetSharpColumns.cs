using ParquetSharp;

namespace Sim.Parquet.Interop.Tests.Infrastructure;

/// <summary>
/// Reads a file with ParquetSharp (Apache Arrow's C++ Parquet library, the one pyarrow and pandas use) into the
/// CLR values Sim.Parquet uses, so its reading can be compared value by value with ours and with what we wrote.
/// </summary>
internal static class ParquetSharpColumns
{
    private static readonly int UnixEpochDay = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>Every column of every row group, read as the given fields (our types say which reader to use).</summary>
    public static object?[][] Read(string path, IReadOnlyList<ParquetField> fields)
    {
        using var file = new ParquetSharp.ParquetFileReader(path);
        var columns = fields.Select(_ => new List<object?>()).ToArray();
        for (var g = 0; g < file.FileMetaData.NumRowGroups; g++)
        {
            using var group = file.RowGroup(g);
            var rows = checked((int)group.MetaData.NumRows);
            for (var c = 0; c < fields.Count; c++)
            {
                using var column = group.Column(c);
                columns[c].AddRange(ReadColumn(column, fields[c], rows));
            }
        }

        file.Close();
        return [.. columns.Select(c => c.ToArray())];
    }

    private static IEnumerable<object?> ReadColumn(ColumnReader column, ParquetField field, int rows) => field.Type switch
    {
        ParquetType.Boolean => Values<bool>(column, field, rows),
        ParquetType.Int8 => Values<sbyte>(column, field, rows),
        ParquetType.Int16 => Values<short>(column, field, rows),
        ParquetType.Int32 => Values<int>(column, field, rows),
        ParquetType.Int64 => Values<long>(column, field, rows),
        ParquetType.UInt8 => Values<byte>(column, field, rows),
        ParquetType.UInt16 => Values<ushort>(column, field, rows),
        ParquetType.UInt32 => Values<uint>(column, field, rows),
        ParquetType.UInt64 => Values<ulong>(column, field, rows),
        ParquetType.Float => Values<float>(column, field, rows),
        ParquetType.Double => Values<double>(column, field, rows),
        ParquetType.Date => Values<Date>(column, field, rows).Select(v => v is Date d ? (object)DateOnly.FromDayNumber(UnixEpochDay + d.Days) : null),
        ParquetType.TimestampMillis or ParquetType.TimestampMicros =>
            Values<DateTime>(column, field, rows).Select(v => v is DateTime t ? (object)DateTime.SpecifyKind(t, DateTimeKind.Utc) : null),
        ParquetType.String => column.LogicalReader<string?>().ReadAll(rows),
        ParquetType.Binary => column.LogicalReader<byte[]?>().ReadAll(rows),
        var other => throw new ArgumentOutOfRangeException(nameof(field), other, "no ParquetSharp reading for this type"),
    };

    /// <summary>A required column reads as <typeparamref name="T"/>, an optional one as <c>T?</c>; boxed, null = null.</summary>
    private static object?[] Values<T>(ColumnReader column, ParquetField field, int rows)
        where T : struct
    {
        if (field.Nullable)
        {
            using var optional = column.LogicalReader<T?>();
            return [.. optional.ReadAll(rows).Select(v => v is { } value ? (object?)value : null)];
        }

        using var required = column.LogicalReader<T>();
        return [.. required.ReadAll(rows).Select(v => (object?)v)];
    }
}
