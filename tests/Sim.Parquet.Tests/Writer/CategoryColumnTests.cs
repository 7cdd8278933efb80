using Sim.Parquet.Tests.Support;

namespace Sim.Parquet.Tests.Writer;

/// <summary>
/// <see cref="ParquetFileWriter.WriteCategories"/> must write exactly the file that writing the strings the codes
/// stand for writes: the same dictionary order, indices, pages, row groups and statistics.
/// </summary>
public sealed class CategoryColumnTests
{
    private static readonly string[] Few = ["male", "female", "другое", "unknown", "x"];

    [Theory]
    [InlineData(true, 1 << 20, 1 << 20)] // one row group, dictionary pages
    [InlineData(true, 70_000, 4_096)] // row groups cut inside batches, many small pages
    [InlineData(false, 1 << 20, 1 << 20)] // no dictionary at all: PLAIN strings
    public void Codes_give_the_bytes_of_their_strings(bool dictionary, int rowGroupRows, int pageBytes)
    {
        var many = Enumerable.Range(0, 200).Select(k => $"category-{(k * 37) % 200:D3}").ToArray();
        var (fewCodes, manyCodes) = Codes(250_000, many.Length, seed: 11);
        var options = ParquetBytes.Options(ParquetCompression.Snappy, dictionary, rowGroupRows, pageBytes);

        var byCodes = Write(options, 50_000, fewCodes, manyCodes, many, strings: false);
        var byStrings = Write(options, 50_000, fewCodes, manyCodes, many, strings: true);

        Assert.Equal(byStrings, byCodes);
    }

    [Fact]
    public void A_dictionary_that_falls_back_to_plain_midway_still_gives_the_same_bytes()
    {
        var many = Enumerable.Range(0, 200).Select(k => new string('v', 40) + k.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var (fewCodes, manyCodes) = Codes(120_000, many.Length, seed: 5);
        var options = ParquetBytes.Options(rowGroupRows: 50_000);
        options.DictionaryMaxBytes = 2_000; // about 45 of the long categories, reached within the first step

        var byCodes = Write(options, 30_000, fewCodes, manyCodes, many, strings: false);
        var byStrings = Write(options, 30_000, fewCodes, manyCodes, many, strings: true);

        Assert.Equal(byStrings, byCodes);
    }

    [Fact]
    public void A_code_without_a_category_names_the_row_and_the_code()
    {
        var schema = new ParquetSchema(new ParquetField("sex", ParquetType.String));
        using var stream = new MemoryStream();
        using var writer = new ParquetFileWriter(stream, schema);
        var error = Assert.Throws<ArgumentException>(() => writer.WriteCategories([0, 1, 5, 0], Few.AsSpan(0, 2).ToArray()));
        Assert.Contains("row 2 has code 5 but there are 2 categories", error.Message, StringComparison.Ordinal);
    }

    private static (byte[] Few, byte[] Many) Codes(int rows, int manyCount, ulong seed)
    {
        var random = new SplitMix64(seed);
        var few = new byte[rows];
        var many = new byte[rows];
        for (var i = 0; i < rows; i++)
        {
            // Skewed so that codes first appear out of order and some late (the dictionary order is first seen).
            few[i] = (byte)(random.Chance(0.001) ? 4 : random.Next(4));
            many[i] = (byte)random.Next(manyCount);
        }

        return (few, many);
    }

    private static byte[] Write(ParquetWriterOptions options, int batchRows, byte[] few, byte[] many, string[] manyNames, bool strings)
    {
        var schema = new ParquetSchema(
            new ParquetField("few", ParquetType.String),
            new ParquetField("many", ParquetType.String, Nullable: true));
        return ParquetBytes.Write(schema, options, writer =>
        {
            for (var start = 0; start < few.Length; start += batchRows)
            {
                var n = Math.Min(batchRows, few.Length - start);
                var fewBatch = few.AsSpan(start, n);
                var manyBatch = many.AsSpan(start, n);
                if (strings)
                {
                    writer.WriteColumn(Strings(fewBatch, Few));
                    writer.WriteColumn(Strings(manyBatch, manyNames));
                }
                else
                {
                    writer.WriteCategories(fewBatch, Few);
                    writer.WriteCategories(manyBatch, manyNames);
                }
            }
        });
    }

    private static string?[] Strings(ReadOnlySpan<byte> codes, string[] names)
    {
        var values = new string?[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            values[i] = names[codes[i]];
        }

        return values;
    }
}
