using Sim.Parquet.Format;
using Sim.Parquet.Tests.Support;

namespace Sim.Parquet.Tests.Robustness;

/// <summary>Files with footers edited to look like other writers' output, or like attacks.</summary>
public sealed class CraftedFileTests
{
    [Fact]
    public void Int64_nanosecond_timestamps_read_as_timestamp_nanos()
    {
        var file = Single(ParquetType.Int64, w => w.WriteColumn<long>([0, 1_500, -1, 1_700_000_000_123_456_789]));
        var crafted = FooterSurgery.Rewrite(file, m =>
        {
            m.Schema[1].LogicalType = LogicalTypeMeta.Timestamp(LogicalTypeMeta.Nanos);
            m.Schema[1].ConvertedType = null;
        });

        using var reader = ParquetBytes.Open(crafted);
        Assert.Equal(ParquetType.TimestampNanos, reader.Schema.Fields[0].Type);
        var epoch = DateTime.UnixEpoch;
        Assert.Equal([epoch, epoch.AddTicks(15), epoch.AddTicks(-1), epoch.AddTicks(17_000_000_001_234_567)], reader.ReadAll<DateTime>("v"));
    }

    [Fact]
    public void Converted_types_alone_are_understood_as_older_writers_write_them()
    {
        var file = Single(ParquetType.Int32, w => w.WriteColumn<int>([1, 65_535, 7]));
        var crafted = FooterSurgery.Rewrite(file, m =>
        {
            m.Schema[1].LogicalType = null;
            m.Schema[1].ConvertedType = ConvertedType.UInt16;
        });

        using var reader = ParquetBytes.Open(crafted);
        Assert.Equal(ParquetType.UInt16, reader.Schema.Fields[0].Type);
        Assert.Equal([1, 65_535, 7], reader.ReadAll<ushort>("v"));
    }

    [Fact]
    public void Unknown_logical_types_read_as_the_physical_type()
    {
        var file = Single(ParquetType.UInt32, w => w.WriteColumn<uint>([3, 4]));
        var crafted = FooterSurgery.Rewrite(file, m =>
        {
            m.Schema[1].LogicalType = new LogicalTypeMeta { Kind = 42 };
            m.Schema[1].ConvertedType = null;
        });

        using var reader = ParquetBytes.Open(crafted);
        Assert.Equal(ParquetType.Int32, reader.Schema.Fields[0].Type);
        Assert.Equal([3, 4], reader.ReadAll<int>("v"));
    }

    [Fact]
    public void Decimal_columns_are_refused_by_name()
    {
        var file = Single(ParquetType.Int64, w => w.WriteColumn<long>([12_345]));
        var crafted = FooterSurgery.Rewrite(file, m => m.Schema[1].ConvertedType = ConvertedType.Decimal);
        var error = Assert.Throws<ParquetFormatException>(() => ParquetBytes.Open(crafted));
        Assert.Contains("DECIMAL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Statistics_under_an_unknown_column_order_are_not_trusted()
    {
        var file = Single(ParquetType.Int32, w => w.WriteColumn<int>([5, 9]));
        var crafted = FooterSurgery.Rewrite(file, m => m.ColumnOrders = [2]);
        using var reader = ParquetBytes.Open(crafted);
        Assert.Equal(new ParquetColumnStatistics(null, null, 0), reader.Statistics(0, 0));
    }

    [Fact]
    public void Inflated_row_counts_are_rejected_before_anything_is_allocated_for_them()
    {
        var file = Single(ParquetType.Int64, w => w.WriteColumn<long>([1, 2, 3]));
        var huge = FooterSurgery.Rewrite(file, m => m.RowGroups[0].NumRows = long.MaxValue / 2);
        var error = Assert.Throws<ParquetFormatException>(() => ParquetBytes.Open(huge));
        Assert.Contains("rows", error.Message, StringComparison.Ordinal);

        // Within the limit but not backed by pages: rejected by the page scan, without allocating 64 M values.
        var inflated = FooterSurgery.Rewrite(file, m =>
        {
            m.RowGroups[0].NumRows = 60_000_000;
            m.RowGroups[0].Columns[0].MetaData!.NumValues = 60_000_000;
        });
        using var reader = ParquetBytes.Open(inflated);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Throws<ParquetFormatException>(() => reader.ReadAll<long>("v"));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1 << 20, "allocated for a declared, unbacked row count");
    }

    [Fact]
    public void Chunks_pointing_outside_the_file_or_into_the_footer_are_rejected()
    {
        var file = Single(ParquetType.Int64, w => w.WriteColumn<long>([1, 2, 3]));
        foreach (var offset in new[] { 0L, 2L, file.Length - 10L, long.MaxValue })
        {
            var crafted = FooterSurgery.Rewrite(file, m => m.RowGroups[0].Columns[0].MetaData!.DataPageOffset = offset);
            using var reader = ParquetBytes.Open(crafted);
            Assert.Throws<ParquetFormatException>(() => reader.ReadAll<long>("v"));
        }
    }

    [Fact]
    public void Encrypted_and_external_and_nested_layouts_are_refused_by_name()
    {
        var file = Single(ParquetType.Int32, w => w.WriteColumn<int>([1]));
        byte[] encrypted = [.. file[..^4], .. "PARE"u8];
        Assert.Contains("encrypted", Assert.Throws<ParquetFormatException>(() => ParquetBytes.Open(encrypted)).Message, StringComparison.Ordinal);

        var external = FooterSurgery.Rewrite(file, m => m.RowGroups[0].Columns[0].FilePath = "other.parquet");
        Assert.Contains("external", Assert.Throws<ParquetFormatException>(() => ParquetBytes.Open(external)).Message, StringComparison.Ordinal);

        var nested = FooterSurgery.Rewrite(file, m => m.Schema[1].Repetition = 2);
        Assert.Contains("repeated", Assert.Throws<ParquetFormatException>(() => ParquetBytes.Open(nested)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[0], "too small")]
    [InlineData(new byte[] { 0x50, 0x41, 0x52, 0x31, 0, 0, 0, 0, 0x50, 0x41, 0x52, 0x31 }, "footer length")]
    [InlineData(new byte[] { 0x50, 0x41, 0x52, 0x31, 0xFF, 0xFF, 0xFF, 0x7F, 0x50, 0x41, 0x52, 0x31 }, "footer length")]
    [InlineData(new byte[] { 0x50, 0x41, 0x52, 0x31, 0x01, 0x02, 0x03, 0x04, 0x51, 0x41, 0x52, 0x31 }, "PAR1")]
    public void Files_too_short_or_without_magic_are_rejected(byte[] bytes, string message)
    {
        var error = Assert.Throws<ParquetFormatException>(() => ParquetBytes.Open(bytes));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static byte[] Single(ParquetType type, Action<ParquetFileWriter> write) =>
        ParquetBytes.Write(new ParquetSchema(new ParquetField("v", type)), ParquetBytes.Options(dictionary: false), write);
}
