using Sim.Parquet.Tests.Support;

namespace Sim.Parquet.Tests.Writer;

/// <summary>Chunk statistics: sort orders per logical type, NaN and zero rules, null counts.</summary>
public sealed class StatisticsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Unsigned_columns_compare_unsigned(bool dictionary)
    {
        var schema = new ParquetSchema(
            new ParquetField("u32", ParquetType.UInt32),
            new ParquetField("u64", ParquetType.UInt64),
            new ParquetField("u8", ParquetType.UInt8),
            new ParquetField("i32", ParquetType.Int32));
        var file = ParquetBytes.Write(schema, ParquetBytes.Options(dictionary: dictionary), writer =>
        {
            writer.WriteColumn<uint>([5, uint.MaxValue, 0x8000_0000, 7]);
            writer.WriteColumn<ulong>([ulong.MaxValue, 1, 0x8000_0000_0000_0000, 2]);
            writer.WriteColumn<byte>([200, 3, 255, 128]);
            writer.WriteColumn<int>([5, -1, int.MinValue, 7]);
        });

        using var reader = ParquetBytes.Open(file);
        Assert.Equal(new ParquetColumnStatistics(5u, uint.MaxValue, 0), reader.Statistics(0, 0));
        Assert.Equal(new ParquetColumnStatistics(1UL, ulong.MaxValue, 0), reader.Statistics(0, 1));
        Assert.Equal(new ParquetColumnStatistics((byte)3, (byte)255, 0), reader.Statistics(0, 2));
        Assert.Equal(new ParquetColumnStatistics(int.MinValue, 7, 0), reader.Statistics(0, 3));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Strings_compare_as_unsigned_utf8_bytes_not_utf16(bool dictionary)
    {
        // UTF-16 ordinal puts the emoji (D83D...) before U+FF61; UTF-8 bytes (F0 vs EF) put it after.
        string?[] values = ["\uFF61", "\U0001F600", "abc", "Z", null, "é"];
        var schema = new ParquetSchema(new ParquetField("s", ParquetType.String, Nullable: true));
        var file = ParquetBytes.Write(schema, ParquetBytes.Options(dictionary: dictionary), writer => writer.WriteColumn(values));

        using var reader = ParquetBytes.Open(file);
        Assert.Equal(new ParquetColumnStatistics("Z", "\U0001F600", 1), reader.Statistics(0, 0));
        Assert.True(string.CompareOrdinal("\U0001F600", "\uFF61") < 0, "the inputs must disagree between UTF-16 and UTF-8 order");
    }

    [Fact]
    public void Binary_statistics_compare_bytes_unsigned()
    {
        var schema = new ParquetSchema(new ParquetField("b", ParquetType.Binary));
        var file = ParquetBytes.Write(schema, null, writer => writer.WriteColumn([[0x80], [0x7F, 0xFF], [], [0x80, 0x00]]));

        using var reader = ParquetBytes.Open(file);
        var statistics = reader.Statistics(0, 0)!;
        Assert.Equal(Array.Empty<byte>(), (byte[])statistics.Min!);
        Assert.Equal(new byte[] { 0x80, 0x00 }, (byte[])statistics.Max!);
    }

    [Fact]
    public void Floats_skip_nan_and_write_signed_zeros_by_the_type_order_rules()
    {
        var schema = new ParquetSchema(
            new ParquetField("d", ParquetType.Double),
            new ParquetField("zeros", ParquetType.Double),
            new ParquetField("nan", ParquetType.Float));
        var file = ParquetBytes.Write(schema, null, writer =>
        {
            writer.WriteColumn<double>([double.NaN, 2.5, -1.0, double.NaN]);
            writer.WriteColumn<double>([0.0, -0.0, 0.0, -0.0]);
            writer.WriteColumn<float>([float.NaN, float.NaN, float.NaN, float.NaN]);
        });

        using var reader = ParquetBytes.Open(file);
        Assert.Equal(new ParquetColumnStatistics(-1.0, 2.5, 0), reader.Statistics(0, 0));
        var zeros = reader.Statistics(0, 1)!;
        Assert.True(double.IsNegative((double)zeros.Min!), "a zero minimum is written as -0.0");
        Assert.False(double.IsNegative((double)zeros.Max!), "a zero maximum is written as +0.0");
        Assert.Equal(new ParquetColumnStatistics(null, null, 0), reader.Statistics(0, 2));
        Assert.Equal(2, reader.Metadata.RowGroups[0].Columns[0].MetaData!.Statistics!.NanCount);
    }

    [Fact]
    public void Null_counts_booleans_dates_and_timestamps()
    {
        var schema = new ParquetSchema(
            new ParquetField("flag", ParquetType.Boolean, Nullable: true),
            new ParquetField("day", ParquetType.Date, Nullable: true),
            new ParquetField("at", ParquetType.TimestampMillis),
            new ParquetField("none", ParquetType.Int64, Nullable: true));
        var early = new DateTime(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var late = new DateTime(2100, 6, 1, 12, 30, 0, DateTimeKind.Utc);
        var file = ParquetBytes.Write(schema, null, writer =>
        {
            writer.WriteColumn<bool>([true, true, false], [true, false, true]);
            writer.WriteColumn<DateOnly>([new(2020, 1, 1), new(1969, 7, 20), default], [true, true, false]);
            writer.WriteColumn<DateTime>([late, early, late]);
            writer.WriteColumn<long>([1, 2, 3], [false, false, false]);
        });

        using var reader = ParquetBytes.Open(file);
        Assert.Equal(new ParquetColumnStatistics(false, true, 1), reader.Statistics(0, 0));
        Assert.Equal(new ParquetColumnStatistics(new DateOnly(1969, 7, 20), new DateOnly(2020, 1, 1), 1), reader.Statistics(0, 1));
        Assert.Equal(new ParquetColumnStatistics(early, late, 0), reader.Statistics(0, 2));
        Assert.Equal(new ParquetColumnStatistics(null, null, 3), reader.Statistics(0, 3));
    }

    [Fact]
    public void Statistics_are_per_row_group_and_follow_a_dictionary_fallback()
    {
        var schema = new ParquetSchema(new ParquetField("v", ParquetType.Int64));
        var options = ParquetBytes.Options(rowGroupRows: 1000);
        options.DictionaryMaxBytes = 800; // 100 distinct longs, then PLAIN
        var values = Enumerable.Range(0, 3000).Select(i => (long)((i * 7919) % 3001) - 1500).ToArray();
        var file = ParquetBytes.Write(schema, options, writer => writer.WriteColumn<long>(values));

        using var reader = ParquetBytes.Open(file);
        Assert.Equal(3, reader.RowGroupCount);
        for (var g = 0; g < 3; g++)
        {
            var part = values.AsSpan(g * 1000, 1000).ToArray();
            Assert.Equal(new ParquetColumnStatistics(part.Min(), part.Max(), 0), reader.Statistics(g, 0));
        }
    }
}
