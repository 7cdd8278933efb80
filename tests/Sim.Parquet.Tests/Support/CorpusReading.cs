namespace Sim.Parquet.Tests.Support;

/// <summary>Reads every column of every row group of a file, whatever the types, and counts the values.</summary>
internal static class CorpusReading
{
    public static long ReadEverything(ParquetFileReader reader)
    {
        long values = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            for (var c = 0; c < reader.Schema.Fields.Count; c++)
            {
                values += ReadColumn(reader, g, c);
                _ = reader.Statistics(g, c);
                _ = reader.ColumnKeyValueMetadata(g, c);
            }
        }

        return values;
    }

    public static int ReadColumn(ParquetFileReader reader, int group, int column) => reader.Schema.Fields[column].Type switch
    {
        ParquetType.Boolean => reader.ReadColumn<bool>(group, column).Length,
        ParquetType.Int8 => reader.ReadColumn<sbyte>(group, column).Length,
        ParquetType.Int16 => reader.ReadColumn<short>(group, column).Length,
        ParquetType.Int32 => reader.ReadColumn<int>(group, column).Length,
        ParquetType.Int64 => reader.ReadColumn<long>(group, column).Length,
        ParquetType.UInt8 => reader.ReadColumn<byte>(group, column).Length,
        ParquetType.UInt16 => reader.ReadColumn<ushort>(group, column).Length,
        ParquetType.UInt32 => reader.ReadColumn<uint>(group, column).Length,
        ParquetType.UInt64 => reader.ReadColumn<ulong>(group, column).Length,
        ParquetType.Float => reader.ReadColumn<float>(group, column).Length,
        ParquetType.Double => reader.ReadColumn<double>(group, column).Length,
        ParquetType.String => reader.ReadStrings(group, column).Length,
        ParquetType.Binary => reader.ReadBinary(group, column).Length,
        ParquetType.Date => reader.ReadColumn<DateOnly>(group, column).Length,
        _ => reader.ReadColumn<DateTime>(group, column).Length,
    };

    /// <summary>Runs <paramref name="action"/> on a worker and fails if it takes longer than <paramref name="limit"/>.</summary>
    public static void WithinTime(TimeSpan limit, Action action)
    {
        var task = Task.Run(action);
        if (!task.Wait(limit))
        {
            Assert.Fail($"did not finish within {limit}");
        }
    }
}
