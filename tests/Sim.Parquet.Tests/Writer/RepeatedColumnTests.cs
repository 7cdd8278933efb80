using Sim.Parquet.Tests.Support;

namespace Sim.Parquet.Tests.Writer;

/// <summary>
/// <see cref="ParquetFileWriter.WriteRepeated{T}"/> must write exactly the file that writing that many copies of the
/// value writes: the same dictionary, indices, pages, row groups and statistics (NaN counts included).
/// </summary>
public sealed class RepeatedColumnTests
{
    private static readonly ParquetSchema Schema = new(
        new ParquetField("day", ParquetType.Date),
        new ParquetField("id", ParquetType.Int64),
        new ParquetField("at", ParquetType.TimestampMicros),
        new ParquetField("age", ParquetType.Int16, Nullable: true),
        new ParquetField("weight", ParquetType.Double),
        new ParquetField("flag", ParquetType.Boolean));

    [Theory]
    [InlineData(true, 1 << 20, 1 << 20)] // one row group, dictionary pages
    [InlineData(true, 70_000, 4_096)] // row groups cut inside batches, many small pages
    [InlineData(false, 1 << 20, 1 << 20)] // no dictionary: PLAIN values
    public void Repeated_values_give_the_bytes_of_their_copies(bool dictionary, int rowGroupRows, int pageBytes)
    {
        var options = ParquetBytes.Options(ParquetCompression.Snappy, dictionary, rowGroupRows, pageBytes);

        var repeated = Write(options, repeated: true);
        var copies = Write(options, repeated: false);

        Assert.Equal(copies, repeated);
    }

    [Fact]
    public void NaN_repeated_is_counted_once_per_row()
    {
        var schema = new ParquetSchema(new ParquetField("weight", ParquetType.Double));
        var bytes = ParquetBytes.Write(schema, ParquetBytes.Options(), w => w.WriteRepeated(double.NaN, 1_000));

        using var reader = ParquetBytes.Open(bytes);
        Assert.Equal(1_000, reader.Metadata.RowGroups[0].Columns[0].MetaData!.Statistics!.NanCount);
        Assert.All(reader.ReadAll<double>("weight"), value => Assert.True(double.IsNaN(value)));
    }

    [Fact]
    public void A_local_timestamp_is_refused_like_in_a_span()
    {
        var schema = new ParquetSchema(new ParquetField("at", ParquetType.TimestampMicros));
        using var stream = new MemoryStream();
        using var writer = new ParquetFileWriter(stream, schema);
        var local = new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Local);

        var error = Assert.Throws<ArgumentException>(() => writer.WriteRepeated(local, 3));
        Assert.Equal(Assert.Throws<ArgumentException>(() => writer.WriteColumn<DateTime>([local, local, local])).Message, error.Message);
    }

    /// <summary>Batches of random values alternate with batches of one value (the repeated ones, or their copies).</summary>
    private static byte[] Write(ParquetWriterOptions options, bool repeated)
    {
        const int batch = 30_000;
        var random = new SplitMix64(3);
        var day = new DateOnly(2025, 12, 1);
        var at = new DateTime(2025, 12, 31, 23, 59, 59, DateTimeKind.Utc);
        return ParquetBytes.Write(Schema, options, w =>
        {
            for (var b = 0; b < 8; b++)
            {
                var n = batch + (b * 1_001);
                if (b % 2 == 0)
                {
                    w.WriteColumn<DateOnly>([.. Enumerable.Range(0, n).Select(_ => day.AddDays(-random.Next(20_000)))]);
                    w.WriteColumn<long>([.. Enumerable.Range(0, n).Select(i => ((long)b << 32) + i)]);
                    w.WriteColumn<DateTime>([.. Enumerable.Range(0, n).Select(_ => at.AddSeconds(-random.Next(1_000_000)))]);
                    w.WriteColumn<short>([.. Enumerable.Range(0, n).Select(_ => (short)random.Next(100))], [.. Enumerable.Range(0, n).Select(_ => random.Chance(0.9))]);
                    w.WriteColumn<double>([.. Enumerable.Range(0, n).Select(_ => random.Chance(0.1) ? double.NaN : random.NextDouble())]);
                    w.WriteColumn<bool>([.. Enumerable.Range(0, n).Select(_ => random.Chance(0.5))]);
                }
                else if (repeated)
                {
                    w.WriteRepeated(day, n);
                    w.WriteRepeated((long)b, n);
                    w.WriteRepeated(at, n);
                    w.WriteRepeated((short)-7, n);
                    w.WriteRepeated(b == 3 ? double.NaN : 0.25, n);
                    w.WriteRepeated(true, n);
                }
                else
                {
                    w.WriteColumn<DateOnly>(Enumerable.Repeat(day, n).ToArray());
                    w.WriteColumn<long>(Enumerable.Repeat((long)b, n).ToArray());
                    w.WriteColumn<DateTime>(Enumerable.Repeat(at, n).ToArray());
                    w.WriteColumn<short>(Enumerable.Repeat((short)-7, n).ToArray());
                    w.WriteColumn<double>(Enumerable.Repeat(b == 3 ? double.NaN : 0.25, n).ToArray());
                    w.WriteColumn<bool>(Enumerable.Repeat(true, n).ToArray());
                }
            }
        });
    }
}
