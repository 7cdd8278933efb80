using Sim.Parquet.Tests.Support;
using Xunit.Abstractions;

namespace Sim.Parquet.Tests.Writer;

/// <summary>The writer holds about one row group whatever the file size, and writes each group as it completes.</summary>
public sealed class StreamingMemoryTests(ITestOutputHelper output)
{
    [Fact]
    public void Buffered_bytes_stay_bounded_by_one_row_group_while_the_file_grows()
    {
        const int groupRows = 100_000;
        const int batchRows = 10_000;
        const int groups = 24;
        var schema = new ParquetSchema(
            new ParquetField("id", ParquetType.Int64),
            new ParquetField("region", ParquetType.String),
            new ParquetField("income", ParquetType.Double),
            new ParquetField("age", ParquetType.Int16, Nullable: true));
        // Pages well below the row group, as with the defaults and million-row groups.
        var options = new ParquetWriterOptions { RowGroupMaxRows = groupRows, PageMaxBytes = 64 << 10, Compression = ParquetCompression.Snappy };
        var regions = Enumerable.Range(0, 20).Select(i => $"region-{i}").ToArray();
        var ids = new long[batchRows];
        var names = new string?[batchRows];
        var incomes = new double[batchRows];
        var ages = new short[batchRows];
        var present = new bool[batchRows];
        var random = new SplitMix64(5);
        var sink = new CountingStream();
        var peaks = new List<long>();
        var written = new List<long>();
        using (var writer = new ParquetFileWriter(sink, schema, options))
        {
            for (var batch = 0; batch < groups * groupRows / batchRows; batch++)
            {
                for (var i = 0; i < batchRows; i++)
                {
                    ids[i] = ((long)batch * batchRows) + i;
                    names[i] = regions[random.Next(regions.Length)];
                    incomes[i] = Math.Round(random.NextDouble() * 1e5, 2);
                    ages[i] = (short)random.Next(100);
                    present[i] = random.Chance(0.9);
                }

                writer.WriteColumn<long>(ids);
                writer.WriteColumn(names);
                writer.WriteColumn<double>(incomes);
                writer.WriteColumn<short>(ages, present);
                if ((batch + 1) % (groupRows / batchRows) == 0)
                {
                    peaks.Add(writer.PeakRetainedBytes);
                    written.Add(sink.Written);
                }
            }

            Assert.Equal(groups, writer.RowGroupsWritten);
        }

        // Encoded size of one group: ids and incomes 8 bytes, region indices 5 bits, ages 7 bits + 1 level bit.
        const long oneGroup = groupRows * (8 + 8 + 1 + 1);
        output.WriteLine($"peak retained {peaks[^1]:N0} bytes after {groups} groups ({peaks[2]:N0} after 3); one group ≈ {oneGroup:N0}; file {sink.Written:N0} bytes");
        Assert.True(peaks[^1] <= peaks[2] * 1.1, $"peak grew from {peaks[2]:N0} to {peaks[^1]:N0} bytes");
        Assert.True(peaks[^1] <= 2 * oneGroup, $"peak {peaks[^1]:N0} bytes exceeds two row groups ({2 * oneGroup:N0})");
        Assert.All(written.Zip(written.Skip(1)), pair => Assert.True(pair.Second > pair.First, "each completed group reaches the stream"));
    }
}
