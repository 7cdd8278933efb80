using Sim.Parquet.Tests.Support;

namespace Sim.Parquet.Tests.Writer;

/// <summary>Completing, disposing and stream ownership of writers and readers.</summary>
public sealed class LifecycleTests
{
    private static readonly ParquetSchema Schema = new(new ParquetField("a", ParquetType.Int32), new ParquetField("s", ParquetType.String, true));

    [Fact]
    public async Task Dispose_async_completes_the_file()
    {
        using var stream = new MemoryStream();
        await using (var writer = new ParquetFileWriter(stream, Schema))
        {
            writer.WriteColumn<int>([1, 2]);
            writer.WriteColumn(["x", null]);
        }

        using var reader = ParquetBytes.Open(stream.ToArray());
        Assert.Equal([1, 2], reader.ReadAll<int>("a"));
        Assert.Equal(new string?[] { "x", null }, reader.ReadAllStrings("s"));
    }

    [Fact]
    public void The_stream_is_left_open_unless_the_options_say_otherwise()
    {
        var kept = new MemoryStream();
        new ParquetFileWriter(kept, Schema).Dispose();
        Assert.True(kept.CanWrite);

        var closed = new MemoryStream();
        new ParquetFileWriter(closed, Schema, new ParquetWriterOptions { LeaveOpen = false }).Dispose();
        Assert.False(closed.CanWrite);

        var input = new MemoryStream(kept.ToArray());
        new ParquetFileReader(input, leaveOpen: true).Dispose();
        Assert.True(input.CanRead);
        new ParquetFileReader(input).Dispose();
        Assert.False(input.CanRead);
    }

    [Fact]
    public void Disposing_in_the_middle_of_a_batch_leaves_no_footer_and_readers_refuse_the_file()
    {
        using var stream = new MemoryStream();
        using (var writer = new ParquetFileWriter(stream, Schema))
        {
            writer.WriteColumn<int>([1]);
            writer.WriteColumn(["a"]);
            writer.WriteColumn<int>([2]);
        }

        var error = Assert.Throws<ParquetFormatException>(() => ParquetBytes.Open(stream.ToArray()));
        Assert.Matches("truncated|PAR1", error.Message);
    }

    [Fact]
    public void Strings_and_binary_read_as_each_other()
    {
        var schema = new ParquetSchema(new ParquetField("s", ParquetType.String), new ParquetField("b", ParquetType.Binary, true));
        var file = ParquetBytes.Write(schema, null, writer =>
        {
            writer.WriteColumn(["é", "z"]);
            writer.WriteColumn([[0x41, 0x42], null]);
        });

        using var reader = ParquetBytes.Open(file);
        Assert.Equal(new byte[] { 0xC3, 0xA9 }, reader.ReadBinary(0, 0)[0]);
        Assert.Equal(new string?[] { "AB", null }, reader.ReadStrings(0, 1));
    }

    [Fact]
    public void Rows_and_groups_written_are_reported()
    {
        using var stream = new MemoryStream();
        using var writer = new ParquetFileWriter(stream, Schema, new ParquetWriterOptions { RowGroupMaxRows = 2 });
        writer.WriteColumn<int>([1, 2, 3]);
        Assert.Equal(0, writer.RowsWritten);
        Assert.Equal(1, writer.NextColumn);
        writer.WriteColumn(["a", "b", "c"]);
        Assert.Equal(3, writer.RowsWritten);
        Assert.Equal(1, writer.RowGroupsWritten);
        writer.Complete();
        Assert.Equal(2, writer.RowGroupsWritten);
    }
}
