using Sim.Parquet.Tests.Support;

namespace Sim.Parquet.Tests.Corpus;

/// <summary>Features outside the subset are named in the exception; corrupt and hostile files fail cleanly and quickly.</summary>
public sealed class UnsupportedAndBadFilesTests
{
    private static readonly string[] FeatureNames = ["LZ4", "LZ4_RAW", "BROTLI", "BYTE_STREAM_SPLIT", "DELTA_", "nested", "DECIMAL"];

    public static TheoryData<string> UnsupportedFiles() => [.. RepositoryPaths.CorpusFiles("unsupported").Select(f => Path.GetFileName(f))];

    public static TheoryData<string> BadFiles() => [.. RepositoryPaths.CorpusFiles("bad").Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(UnsupportedFiles))]
    public void Unsupported_files_read_or_name_the_feature(string name)
    {
        try
        {
            using var reader = ParquetFileReader.Open(RepositoryPaths.CorpusFile("unsupported", name));
            Assert.Equal(reader.RowCount * reader.Schema.Fields.Count, CorpusReading.ReadEverything(reader));
        }
        catch (ParquetFormatException e)
        {
            Assert.Contains(FeatureNames, feature => e.Message.Contains(feature, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("byte_stream_split.zstd.parquet", "BYTE_STREAM_SPLIT")]
    [InlineData("hadoop_lz4_compressed.parquet", "codec LZ4 is not supported")]
    [InlineData("lz4_raw_compressed.parquet", "codec LZ4_RAW is not supported")]
    [InlineData("nested_lists.snappy.parquet", "nested schemas are not supported")]
    public void Unsupported_features_are_named(string name, string message)
    {
        var error = Assert.Throws<ParquetFormatException>(() =>
        {
            using var reader = ParquetFileReader.Open(RepositoryPaths.CorpusFile("unsupported", name));
            CorpusReading.ReadEverything(reader);
        });
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Bad_files_raise_format_exceptions_within_bounded_time(string name)
    {
        CorpusReading.WithinTime(TimeSpan.FromSeconds(20), () =>
        {
            try
            {
                using var reader = ParquetFileReader.Open(RepositoryPaths.CorpusFile("bad", name));
                CorpusReading.ReadEverything(reader);
            }
            catch (ParquetFormatException)
            {
                // The documented outcome; anything else escapes and fails the test.
            }
        });
    }

    [Theory]
    [InlineData("datapage_v1-corrupt-checksum.parquet")]
    [InlineData("rle-dict-uncompressed-corrupt-checksum.parquet")]
    public void Corrupt_checksums_are_rejected_when_verifying_and_ignored_otherwise(string name)
    {
        var path = RepositoryPaths.CorpusFile("bad", name);
        using (var verifying = ParquetFileReader.Open(path))
        {
            var error = Assert.Throws<ParquetFormatException>(() => CorpusReading.ReadEverything(verifying));
            Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
        }

        using var trusting = ParquetFileReader.Open(path, new ParquetReaderOptions { VerifyChecksums = false });
        Assert.Equal(trusting.RowCount * trusting.Schema.Fields.Count, CorpusReading.ReadEverything(trusting));
    }
}
