using Sim.Parquet.Tests.Support;

namespace Sim.Parquet.Tests.Writer;

/// <summary>Misuse raises a clear exception before anything is buffered, and the writer stays usable.</summary>
public sealed class MisuseTests
{
    private static readonly ParquetSchema Schema = new(
        new ParquetField("id", ParquetType.Int32),
        new ParquetField("name", ParquetType.String),
        new ParquetField("score", ParquetType.Double, Nullable: true));

    [Fact]
    public void Wrong_element_type_names_the_column_and_the_expected_type()
    {
        Misuse<ArgumentException>(w => w.WriteColumn<long>([1L]), "'id'", "Int32");
    }

    [Fact]
    public void Columns_out_of_order_are_rejected()
    {
        Misuse<ArgumentException>(w => w.WriteColumn(["x"]), "'id'", "schema order");
        Misuse<InvalidOperationException>(w => w.WriteColumn("name", ["x"]), "out of order", "'id'");
    }

    [Fact]
    public void Lengths_that_differ_within_a_batch_are_rejected()
    {
        Misuse<ArgumentException>(w =>
        {
            w.WriteColumn<int>([1, 2]);
            w.WriteColumn(["a"]);
        }, 2, "'name'", "1 values", "2 rows");
    }

    [Fact]
    public void Presence_flags_must_match_the_values()
    {
        Misuse<ArgumentException>(w =>
        {
            w.WriteColumn<int>([1, 2]);
            w.WriteColumn(["a", "b"]);
            w.WriteColumn<double>([1, 2], [true]);
        }, 2, "presence flags");
    }

    [Fact]
    public void Nulls_in_required_columns_are_rejected()
    {
        Misuse<ArgumentException>(w => w.WriteColumn<int>([1, 2], [true, false]), "REQUIRED", "row 1");
        Misuse<ArgumentException>(w =>
        {
            w.WriteColumn<int>([1, 2]);
            w.WriteColumn(["a", null]);
        }, 2, "REQUIRED", "'name'");
    }

    [Fact]
    public void Local_timestamps_are_rejected()
    {
        var schema = new ParquetSchema(new ParquetField("t", ParquetType.TimestampMicros));
        using var stream = new MemoryStream();
        using var writer = new ParquetFileWriter(stream, schema);
        var error = Assert.Throws<ArgumentException>(() => writer.WriteColumn<DateTime>([new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Local)]));
        Assert.Contains("UTC", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Flushing_or_completing_mid_batch_is_rejected()
    {
        Misuse<InvalidOperationException>(w =>
        {
            w.WriteColumn<int>([1]);
            w.FlushRowGroup();
        }, "middle of a batch");
        Misuse<InvalidOperationException>(w =>
        {
            w.WriteColumn<int>([1]);
            w.Complete();
        }, "middle of a batch", "'name'");
    }

    [Fact]
    public void Writing_after_complete_is_rejected_and_complete_is_idempotent()
    {
        using var stream = new MemoryStream();
        var writer = new ParquetFileWriter(stream, Schema);
        writer.Complete();
        var length = stream.Length;
        writer.Complete();
        writer.Dispose();
        Assert.Equal(length, stream.Length);
        Assert.Throws<ObjectDisposedException>(() => writer.WriteColumn<int>([1]));
    }

    [Fact]
    public void Timestamp_nanos_and_bad_options_are_rejected_up_front()
    {
        var nanos = new ParquetSchema(new ParquetField("t", ParquetType.TimestampNanos));
        Assert.Throws<ArgumentException>(() => new ParquetFileWriter(new MemoryStream(), nanos));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParquetFileWriter(new MemoryStream(), Schema, new ParquetWriterOptions { RowGroupMaxRows = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParquetFileWriter(new MemoryStream(), Schema, new ParquetWriterOptions { PageMaxBytes = -1 }));
        Assert.Throws<ArgumentException>(() => new ParquetSchema(new ParquetField("a", ParquetType.Int32), new ParquetField("a", ParquetType.Int64)));
        Assert.Throws<ArgumentException>(() => new ParquetSchema(new ParquetField("", ParquetType.Int32)));
        Assert.Throws<ArgumentException>(() => new ParquetSchema());
    }

    [Fact]
    public void Reader_rejects_wrong_types_and_indices_with_argument_exceptions()
    {
        var file = ParquetBytes.Write(Schema, null, w =>
        {
            w.WriteColumn<int>([1]);
            w.WriteColumn(["a"]);
            w.WriteColumn<double>([1.5]);
        });
        using var reader = ParquetBytes.Open(file);
        Assert.Throws<ArgumentException>(() => reader.ReadColumn<long>(0, 0));
        Assert.Throws<ArgumentException>(() => reader.ReadColumn<int>(0, 1));
        Assert.Throws<ArgumentException>(() => reader.ReadStrings(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => reader.ReadColumn<int>(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => reader.ReadColumn<int>(0, 3));
        Assert.Throws<ArgumentException>(() => reader.ReadAll<int>("missing"));
    }

    /// <summary>Runs a misuse, checks the message, then proves the writer still produces a valid file.</summary>
    private static void Misuse<TException>(Action<ParquetFileWriter> misuse, params string[] fragments)
        where TException : Exception => Misuse<TException>(misuse, 1, fragments);

    private static void Misuse<TException>(Action<ParquetFileWriter> misuse, int openBatchRows, params string[] fragments)
        where TException : Exception
    {
        using var stream = new MemoryStream();
        using (var writer = new ParquetFileWriter(stream, Schema))
        {
            var error = Assert.Throws<TException>(() => misuse(writer));
            foreach (var fragment in fragments)
            {
                Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
            }

            // Finish whatever batch the misuse left open, then write one more full batch.
            if (writer.NextColumn == 1)
            {
                writer.WriteColumn(Enumerable.Repeat<string?>("n", openBatchRows).ToArray());
            }

            if (writer.NextColumn == 2)
            {
                writer.WriteColumn<double>(new double[openBatchRows], new bool[openBatchRows]);
            }

            writer.WriteColumn<int>([42]);
            writer.WriteColumn(["ok"]);
            writer.WriteColumn<double>([2.5], [true]);
        }

        using var reader = ParquetBytes.Open(stream.ToArray());
        Assert.Equal(42, reader.ReadAll<int>("id")[^1]);
        Assert.Equal("ok", reader.ReadAllStrings("name")[^1]);
    }
}
