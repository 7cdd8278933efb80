using Sim.Parquet.Tests.Support;

namespace Sim.Parquet.Tests.Writer;

/// <summary>
/// Writers take their page buffers from pools shared by the process and give them back when done, so a file's
/// bytes must not depend on what earlier or concurrent files left in those buffers.
/// </summary>
public sealed class PooledScratchTests
{
    private static readonly ParquetSchema Schema = new(
        new ParquetField("id", ParquetType.Int64),
        new ParquetField("day", ParquetType.Date),
        new ParquetField("age", ParquetType.Int16, Nullable: true),
        new ParquetField("region", ParquetType.String),
        new ParquetField("urban", ParquetType.Boolean),
        new ParquetField("weight", ParquetType.Double));

    [Fact]
    public void A_file_written_after_and_beside_other_files_has_the_bytes_it_had_first()
    {
        var options = ParquetBytes.Options(ParquetCompression.Snappy, rowGroupRows: 40_000, pageBytes: 16 << 10);
        var first = Write(options, rows: 90_000, seed: 1);

        // Other files with other values and sizes leave their bytes in the pooled arrays, one after another and at once.
        Write(options, rows: 130_000, seed: 2);
        var again = Write(options, rows: 90_000, seed: 1);
        var beside = new byte[4][];
        Parallel.For(0, 8, k =>
        {
            if (k % 2 == 0)
            {
                beside[k / 2] = Write(options, rows: 90_000, seed: 1);
            }
            else
            {
                Write(options, rows: 50_000 + (k * 7_000), seed: (ulong)k + 10);
            }
        });

        Assert.Equal(first, again);
        Assert.All(beside, bytes => Assert.Equal(first, bytes));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    [InlineData(4_097)]
    [InlineData(100_003)]
    public void Booleans_are_packed_least_significant_bit_first(int rows)
    {
        var random = new SplitMix64((ulong)rows);
        var values = new bool[rows];
        for (var i = 0; i < rows; i++)
        {
            values[i] = random.Chance(0.5);
        }

        var schema = new ParquetSchema(new ParquetField("flag", ParquetType.Boolean));
        var bytes = ParquetBytes.Write(schema, ParquetBytes.Options(ParquetCompression.None), w => w.WriteColumn<bool>(values));

        // Bit i % 8 of byte i / 8, computed row by row; uncompressed, the page body is these bytes.
        var packed = new byte[(rows + 7) / 8];
        for (var i = 0; i < rows; i++)
        {
            if (values[i])
            {
                packed[i / 8] |= (byte)(1 << (i % 8));
            }
        }

        Assert.True(bytes.AsSpan().IndexOf(packed) > 0, "the file holds the packed bits");
        using var reader = ParquetBytes.Open(bytes);
        Assert.Equal(values, reader.ReadAll<bool>("flag"));
    }

    private static byte[] Write(ParquetWriterOptions options, int rows, ulong seed)
    {
        const int batch = 25_000;
        var random = new SplitMix64(seed);
        string[] regions = ["astana", "almaty", "shymkent", "abai", "zhetysu"];
        return ParquetBytes.Write(Schema, options, writer =>
        {
            for (var start = 0; start < rows; start += batch)
            {
                var n = Math.Min(batch, rows - start);
                var ids = new long[n];
                var days = new DateOnly[n];
                var ages = new short[n];
                var present = new bool[n];
                var names = new string?[n];
                var urban = new bool[n];
                var weights = new double[n];
                for (var i = 0; i < n; i++)
                {
                    ids[i] = start + i + ((long)seed << 40);
                    days[i] = new DateOnly(2000, 1, 1).AddDays(random.Next(9_000));
                    ages[i] = (short)random.Next(100);
                    present[i] = random.Chance(0.8);
                    names[i] = regions[random.Next(regions.Length)];
                    urban[i] = random.Chance(0.6);
                    weights[i] = random.Chance(0.5) ? 4.0 : random.NextDouble();
                }

                writer.WriteColumn<long>(ids);
                writer.WriteColumn<DateOnly>(days);
                writer.WriteColumn<short>(ages, present);
                writer.WriteColumn(names);
                writer.WriteColumn<bool>(urban);
                writer.WriteColumn<double>(weights);
            }
        });
    }
}
