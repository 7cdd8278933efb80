using Sim.Parquet.Interop.Tests.Fixtures;
using Sim.Parquet.Interop.Tests.Infrastructure;

namespace Sim.Parquet.Interop.Tests.WrittenBySim;

/// <summary>
/// A second independent reader of our footers and statistics, Arrow C++ through ParquetSharp (the reader pyarrow
/// and pandas use): row groups, value counts, codecs, created_by, key-value metadata and per-chunk statistics
/// must be what we wrote (the values themselves are checked for every case in <see cref="SimWrittenFileTests"/>).
/// </summary>
public sealed class ParquetSharpFooterTests
{
    private const int Rows = 2_500;

    [Theory]
    [InlineData(ParquetCompression.Snappy, DictionaryMode.Dictionary)]
    [InlineData(ParquetCompression.Gzip, DictionaryMode.TinyDictionaryFallsBackToPlain)]
    [InlineData(ParquetCompression.Zstd, DictionaryMode.Dictionary)]
    [InlineData(ParquetCompression.None, DictionaryMode.PlainOnly)]
    public void Arrow_cpp_reads_our_footer_and_statistics(ParquetCompression codec, DictionaryMode mode)
    {
        using var dir = new TempFolder("parquetsharp-footer");
        var path = dir.Combine("ours.parquet");
        var table = TestTable.AllTypes(Rows, seed: 5_000 + (int)codec);
        var options = SimWrittenFileTests.Options(codec, mode);
        table.Write(path, options, batchRows: 700);

        using var file = new ParquetSharp.ParquetFileReader(path);
        var metadata = file.FileMetaData;
        Assert.Equal(Rows, metadata.NumRows);
        Assert.Equal(options.CreatedBy, metadata.CreatedBy);
        Assert.Equal(options.KeyValueMetadata.OrderBy(p => p.Key, StringComparer.Ordinal), metadata.KeyValueMetadata.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(table.Columns.Count, metadata.NumColumns);
        var expectedCodec = codec switch
        {
            ParquetCompression.None => ParquetSharp.Compression.Uncompressed,
            ParquetCompression.Snappy => ParquetSharp.Compression.Snappy,
            ParquetCompression.Gzip => ParquetSharp.Compression.Gzip,
            _ => ParquetSharp.Compression.Zstd,
        };
        long[] groupRows = [1_000, 1_000, 500];
        Assert.Equal(groupRows.Length, metadata.NumRowGroups);
        var first = 0;
        for (var g = 0; g < groupRows.Length; g++)
        {
            using var group = file.RowGroup(g);
            Assert.Equal(groupRows[g], group.MetaData.NumRows);
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var column = table.Columns[c];
                var what = $"row group {g}, column {column.Name}";
                Assert.Equal(column.Name, metadata.Schema.Column(c).Name);
                using var chunk = group.MetaData.GetColumnChunkMetaData(c);
                Assert.True(chunk.NumValues == groupRows[g], $"{what}: {chunk.NumValues} values");
                Assert.True(chunk.Compression == expectedCodec, $"{what}: codec {chunk.Compression}");
                using var statistics = chunk.Statistics;
                var (_, _, nulls) = ParquetOrder.Stats(column.Expected.Skip(first).Take((int)groupRows[g]));
                Assert.True(statistics is not null && statistics.NullCount == nulls, $"{what}: null count {statistics?.NullCount}, expected {nulls}");
            }

            first += (int)groupRows[g];
        }

        file.Close();
    }
}
