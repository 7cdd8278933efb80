using Sim.Parquet.Format;
using Sim.Parquet.Tests.Support;

namespace Sim.Parquet.Tests.Writer;

/// <summary>Row-group and page cutting, dictionary fallback, offsets and sizes, determinism.</summary>
public sealed class LayoutTests
{
    [Fact]
    public void Row_groups_are_cut_by_rows_exactly_even_inside_batches()
    {
        var columns = new[]
        {
            TestData.Column(new ParquetField("a", ParquetType.Int64), 2500, 1),
            TestData.Column(new ParquetField("s", ParquetType.String, true), 2500, 2, NullPattern.Random, 30),
        };
        var file = FileRoundTrip.Write(columns, ParquetBytes.Options(rowGroupRows: 1000), batchRows: 700);

        using var reader = ParquetBytes.Open(file);
        Assert.Equal([1000L, 1000L, 500L], Enumerable.Range(0, reader.RowGroupCount).Select(reader.RowGroupRowCount));
        Assert.Null(FileRoundTrip.Verify(file, columns));
    }

    [Fact]
    public void Row_groups_are_cut_by_the_byte_budget()
    {
        var columns = new[] { TestData.Column(new ParquetField("v", ParquetType.Double), 20_000, 3) };
        var options = ParquetBytes.Options(dictionary: false);
        options.RowGroupMaxBytes = 40_000; // 5,000 doubles of PLAIN data
        var file = FileRoundTrip.Write(columns, options, batchRows: 1000);

        using var reader = ParquetBytes.Open(file);
        Assert.InRange(reader.RowGroupCount, 4, 6);
        foreach (var group in reader.Metadata.RowGroups)
        {
            Assert.InRange(group.TotalByteSize, 1, 40_000 + 8_000 + 200);
        }

        Assert.Null(FileRoundTrip.Verify(file, columns));
    }

    [Fact]
    public void The_byte_budget_also_cuts_inside_one_large_batch()
    {
        var columns = new[] { TestData.Column(new ParquetField("v", ParquetType.Int64), 50_000, 4) };
        var options = ParquetBytes.Options(dictionary: false);
        options.RowGroupMaxBytes = 80_000;
        var file = FileRoundTrip.Write(columns, options, batchRows: 50_000);

        using var reader = ParquetBytes.Open(file);
        // The first batch has no bytes-per-row estimate yet, so it stays whole; later batches would split.
        Assert.Equal(1, reader.RowGroupCount);

        var twoBatches = FileRoundTrip.Write(columns, options, batchRows: 25_000);
        using var split = ParquetBytes.Open(twoBatches);
        Assert.True(split.RowGroupCount >= 3, $"expected the second batch to be cut by the estimate, got {split.RowGroupCount} groups");
        Assert.Null(FileRoundTrip.Verify(twoBatches, columns));
    }

    [Fact]
    public void Flush_row_group_cuts_between_batches()
    {
        var schema = new ParquetSchema(new ParquetField("a", ParquetType.Int32));
        var file = ParquetBytes.Write(schema, null, writer =>
        {
            writer.WriteColumn<int>([1, 2]);
            writer.FlushRowGroup();
            writer.FlushRowGroup();
            writer.WriteColumn<int>([3]);
        });
        using var reader = ParquetBytes.Open(file);
        Assert.Equal(2, reader.RowGroupCount);
        Assert.Equal([1, 2, 3], reader.ReadAll<int>("a"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Chunks_hold_many_pages_when_pages_are_small(bool dictionary)
    {
        var columns = new[]
        {
            TestData.Column(new ParquetField("i", ParquetType.Int32, true), 20_000, 5, NullPattern.Random),
            TestData.Column(new ParquetField("s", ParquetType.String), 20_000, 6, cardinality: 300),
        };
        var file = FileRoundTrip.Write(columns, ParquetBytes.Options(ParquetCompression.Snappy, dictionary, pageBytes: 2_000), batchRows: 3_000);

        using var reader = ParquetBytes.Open(file);
        foreach (var chunk in reader.Metadata.RowGroups[0].Columns)
        {
            var pages = PageScanner.Pages(file, chunk.MetaData!);
            var data = pages.Where(p => p.Type == PageType.DataPage).ToList();
            Assert.True(data.Count > 5, $"only {data.Count} data pages");
            Assert.Equal(chunk.MetaData!.NumValues, data.Sum(p => (long)p.NumValues));
            Assert.All(data, p => Assert.InRange(p.UncompressedPageSize, 1, 2_000 + (4096 * 8)));
        }

        Assert.Null(FileRoundTrip.Verify(file, columns));
    }

    [Fact]
    public void Page_value_limit_cuts_pages()
    {
        var columns = new[] { TestData.Column(new ParquetField("b", ParquetType.Boolean), 10_000, 7) };
        var options = ParquetBytes.Options();
        options.PageMaxValues = 1_000;
        var file = FileRoundTrip.Write(columns, options, batchRows: 10_000);
        using var reader = ParquetBytes.Open(file);
        var pages = PageScanner.Pages(file, reader.Metadata.RowGroups[0].Columns[0].MetaData!);
        Assert.Equal(Enumerable.Repeat(1_000, 10), pages.Select(p => p.NumValues));
        Assert.Null(FileRoundTrip.Verify(file, columns));
    }

    [Theory]
    [InlineData(ParquetType.Int64)]
    [InlineData(ParquetType.String)]
    [InlineData(ParquetType.Double)]
    public void Dictionary_falls_back_to_plain_when_it_grows_too_large(ParquetType type)
    {
        var columns = new[] { TestData.Column(new ParquetField("v", type, true), 30_000, 8, NullPattern.Alternating) };
        var options = ParquetBytes.Options(ParquetCompression.Snappy, pageBytes: 8_000);
        options.DictionaryMaxBytes = 4_000;
        var file = FileRoundTrip.Write(columns, options, batchRows: 5_000);

        using var reader = ParquetBytes.Open(file);
        var meta = reader.Metadata.RowGroups[0].Columns[0].MetaData!;
        Assert.Contains(PageEncoding.RleDictionary, meta.Encodings);
        Assert.Contains(PageEncoding.Plain, meta.Encodings);
        var pages = PageScanner.Pages(file, meta);
        Assert.Equal(PageType.DictionaryPage, pages[0].Type);
        var encodings = pages.Skip(1).Select(p => p.Encoding).ToList();
        var firstPlain = encodings.IndexOf(PageEncoding.Plain);
        Assert.True(firstPlain > 0, "dictionary pages come first");
        Assert.All(encodings.Skip(firstPlain), e => Assert.Equal(PageEncoding.Plain, e));
        Assert.Null(FileRoundTrip.Verify(file, columns));
    }

    [Fact]
    public void Chunk_metadata_offsets_and_sizes_add_up()
    {
        var columns = new[]
        {
            TestData.Column(new ParquetField("a", ParquetType.Int32, true), 5_000, 9, NullPattern.Random, 40),
            TestData.Column(new ParquetField("b", ParquetType.Binary), 5_000, 10),
        };
        var file = FileRoundTrip.Write(columns, ParquetBytes.Options(ParquetCompression.Gzip, rowGroupRows: 2_000, pageBytes: 4_000), 1_000);

        using var reader = ParquetBytes.Open(file);
        long expectedOffset = 4;
        foreach (var group in reader.Metadata.RowGroups)
        {
            Assert.Equal(expectedOffset, group.FileOffset);
            long compressed = 0, uncompressed = 0;
            foreach (var chunk in group.Columns)
            {
                var meta = chunk.MetaData!;
                var start = meta.DictionaryPageOffset ?? meta.DataPageOffset;
                Assert.Equal(expectedOffset, start);
                Assert.True(meta.DictionaryPageOffset is null || meta.DictionaryPageOffset < meta.DataPageOffset);
                Assert.Equal(group.NumRows, meta.NumValues);
                var pages = PageScanner.Pages(file, meta);
                Assert.Equal(meta.TotalCompressedSize - (meta.TotalUncompressedSize - pages.Sum(p => (long)p.UncompressedPageSize)),
                    pages.Sum(p => (long)p.CompressedPageSize));
                expectedOffset += meta.TotalCompressedSize;
                compressed += meta.TotalCompressedSize;
                uncompressed += meta.TotalUncompressedSize;
            }

            Assert.Equal(compressed, group.TotalCompressedSize);
            Assert.Equal(uncompressed, group.TotalByteSize);
        }

        Assert.Null(FileRoundTrip.Verify(file, columns));
    }

    [Theory]
    [InlineData(ParquetCompression.None)]
    [InlineData(ParquetCompression.Snappy)]
    [InlineData(ParquetCompression.Gzip)]
    [InlineData(ParquetCompression.Zstd)]
    public void Same_input_gives_identical_bytes(ParquetCompression codec)
    {
        TestColumn[] Columns() =>
        [
            TestData.Column(new ParquetField("s", ParquetType.String, true), 8_000, 11, NullPattern.Random, 100),
            TestData.Column(new ParquetField("d", ParquetType.Double), 8_000, 12),
            TestData.Column(new ParquetField("t", ParquetType.TimestampMicros, true), 8_000, 13, NullPattern.Alternating),
        ];
        var options = ParquetBytes.Options(codec, rowGroupRows: 3_000, pageBytes: 10_000);
        options.KeyValueMetadata["z"] = "last";
        options.KeyValueMetadata["a"] = "first";
        var first = FileRoundTrip.Write(Columns(), options, 999);
        var second = FileRoundTrip.Write(Columns(), options, 999);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Key_value_metadata_and_created_by_round_trip()
    {
        var schema = new ParquetSchema(new ParquetField("a", ParquetType.Int32));
        var options = new ParquetWriterOptions();
        options.KeyValueMetadata["sim.data_dictionary"] = "{\"a\":\"an integer\"}";
        options.KeyValueMetadata["empty"] = string.Empty;
        var file = ParquetBytes.Write(schema, options, writer => writer.WriteColumn<int>([1]));

        using var reader = ParquetBytes.Open(file);
        Assert.Equal(options.KeyValueMetadata.OrderBy(p => p.Key), reader.KeyValueMetadata.OrderBy(p => p.Key));
        Assert.Matches(@"^sim-parquet version 0\.1\.0 \(build [^)]+\)$", reader.CreatedBy);
    }
}
