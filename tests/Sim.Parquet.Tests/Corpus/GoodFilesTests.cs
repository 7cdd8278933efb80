using Sim.Parquet.Tests.Support;

namespace Sim.Parquet.Tests.Corpus;

/// <summary>Files other tools wrote (Impala, parquet-mr, Spark, Arrow C++): every column reads, known values by hand.</summary>
public sealed class GoodFilesTests
{
    // INT96 files from Spark hold a year -290308 sentinel that DateTime cannot represent.
    private static readonly ParquetReaderOptions Clamping = new() { ClampOutOfRangeDates = true };

    public static TheoryData<string> GoodFiles() => [.. RepositoryPaths.CorpusFiles("good").Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(GoodFiles))]
    public void Every_column_of_every_row_group_reads(string name)
    {
        using var reader = ParquetFileReader.Open(RepositoryPaths.CorpusFile("good", name), Clamping);
        Assert.NotEmpty(reader.Schema.Fields);
        Assert.InRange(reader.RowCount, 0, 1_000_000);
        var values = CorpusReading.ReadEverything(reader);
        Assert.Equal(reader.RowCount * reader.Schema.Fields.Count, values);
    }

    [Fact]
    public void Alltypes_plain_has_the_known_impala_values()
    {
        using var reader = Open("alltypes_plain.parquet");
        Assert.Equal(8, reader.RowCount);
        Assert.Equal(11, reader.Schema.Fields.Count);
        Assert.Equal([4, 5, 6, 7, 2, 3, 0, 1], reader.ReadAll<int>("id"));
        Assert.Equal([true, false, true, false, true, false, true, false], reader.ReadAll<bool>("bool_col"));
        Assert.Equal([0, 10.1, 0, 10.1, 0, 10.1, 0, 10.1], reader.ReadAll<double>("double_col"));
        Assert.Equal(new ParquetField("timestamp_col", ParquetType.TimestampNanos, true), reader.Schema.Fields[10]);
        var timestamps = reader.ReadAll<DateTime>("timestamp_col");
        Assert.Equal(new DateTime(2009, 3, 1, 0, 0, 0, DateTimeKind.Utc), timestamps[0]);
        Assert.Equal(new DateTime(2009, 1, 1, 0, 1, 0, DateTimeKind.Utc), timestamps[7]);
        Assert.Equal("03/01/09", System.Text.Encoding.UTF8.GetString(reader.ReadAllBinary("date_string_col")[0]!));
        Assert.Equal(new string?[] { "0", "1" }, reader.ReadAllStrings("string_col")[..2]);
    }

    [Fact]
    public void Dictionary_and_snappy_variants_of_alltypes()
    {
        using (var dictionary = Open("alltypes_dictionary.parquet"))
        {
            Assert.Equal([0, 1], dictionary.ReadAll<int>("id"));
            Assert.Equal([0L, 10L], dictionary.ReadAll<long>("bigint_col"));
        }

        using var snappy = Open("alltypes_plain.snappy.parquet");
        Assert.Equal([6, 7], snappy.ReadAll<int>("id"));
        Assert.Equal([0f, 1.1f], snappy.ReadAll<float>("float_col"));
    }

    [Fact]
    public void Tiny_pages_file_holds_each_id_once_and_small_ints_as_int8()
    {
        using var reader = Open("alltypes_tiny_pages_plain.parquet");
        var ids = reader.ReadAll<int>("id");
        Assert.Equal(7300, ids.Length);
        Assert.Equal(Enumerable.Range(0, 7300), ids.Order());
        Assert.Equal(ParquetType.Int8, reader.Schema.Fields[reader.Schema.IndexOf("tinyint_col")].Type);
        Assert.Equal([2, 3, 4, 5, 6, 7, 8, 9, 0, 1], reader.ReadAll<sbyte>("tinyint_col")[..10]);
    }

    [Fact]
    public void Checksummed_pages_verify_and_compressed_and_plain_variants_agree()
    {
        using var snappy = Open("datapage_v1-snappy-compressed-checksum.parquet");
        using var plain = Open("datapage_v1-uncompressed-checksum.parquet");
        var a = snappy.ReadAll<int>("a");
        Assert.Equal(5120, a.Length);
        Assert.Equal(0x03020100, a[0]);
        Assert.Equal(a, plain.ReadAll<int>("a"));
        Assert.Equal(snappy.ReadAll<int>("b"), plain.ReadAll<int>("b"));

        using var dictionary = Open("rle-dict-snappy-checksum.parquet");
        Assert.Equal(1000, dictionary.ReadAll<long>("long_field").Length);
        Assert.Single(dictionary.ReadAllStrings("binary_field").Distinct());
    }

    [Fact]
    public void Odd_layouts_from_other_writers()
    {
        using (var zeroOffset = Open("dict-page-offset-zero.parquet"))
        {
            Assert.Equal(Enumerable.Repeat(1552, 39), zeroOffset.ReadAll<int>("l_partkey"));
        }

        using (var gzip = Open("concatenated_gzip_members.parquet"))
        {
            Assert.Equal(Enumerable.Range(1, 513).Select(i => (ulong)i), gzip.ReadAll<ulong>("long_col"));
        }

        using (var binary = Open("binary.parquet"))
        {
            Assert.Equal(Enumerable.Range(0, 12).Select(i => new[] { (byte)i }), binary.ReadAllBinary("foo"));
        }

        using var booleans = Open("rle_boolean_encoding.parquet");
        var values = booleans.ReadColumn<bool>(0, 0, out var present);
        Assert.Equal(68, values.Length);
        Assert.Equal("10_110011100110", string.Concat(values.Take(15).Select((b, i) => present![i] ? (b ? "1" : "0") : "_")));
    }

    [Fact]
    public void Null_pages_nan_statistics_and_metadata()
    {
        using (var nullPages = Open("int32_with_null_pages.parquet"))
        {
            nullPages.ReadColumn<int>(0, 0, out var present);
            Assert.Equal(nullPages.Statistics(0, 0)!.NullCount, present!.Count(p => !p));
        }

        using (var nan = Open("nan_in_stats.parquet"))
        {
            var values = nan.ReadAll<double>("x");
            Assert.Equal(1.0, values[0]);
            Assert.True(double.IsNaN(values[1]));
            Assert.Equal(new ParquetColumnStatistics(1.0, null, 0), nan.Statistics(0, 0));
        }

        using (var metadata = Open("column_chunk_key_value_metadata.parquet"))
        {
            Assert.Equal(0, metadata.RowCount);
            Assert.Equal("bar", metadata.ColumnKeyValueMetadata(0, 0)["foo"]);
            Assert.Equal(string.Empty, metadata.ColumnKeyValueMetadata(0, 0)["thisiskeywithoutvalue"]);
            Assert.Empty(metadata.ColumnKeyValueMetadata(0, 1));
        }

        using var unknown = Open("unknown-logical-type.parquet");
        Assert.Equal(ParquetType.Binary, unknown.Schema.Fields[1].Type);
        Assert.Equal("unknown string 1", System.Text.Encoding.UTF8.GetString(unknown.ReadAllBinary("column with unknown type")[0]!));
        Assert.Equal(new string?[] { "known string 1", "known string 2", "known string 3" }, unknown.ReadAllStrings("column with known type"));
    }

    [Fact]
    public void Int96_timestamps_from_spark_read_with_out_of_range_values_rejected_or_clamped()
    {
        var path = RepositoryPaths.CorpusFile("good", "int96_from_spark.parquet");
        using (var strict = ParquetFileReader.Open(path))
        {
            var error = Assert.Throws<ParquetFormatException>(() => strict.ReadAll<DateTime>("a"));
            Assert.Contains("outside the DateTime range", error.Message, StringComparison.Ordinal);
        }

        using var clamping = ParquetFileReader.Open(path, Clamping);
        var values = clamping.ReadColumn<DateTime>(0, 0, out var present);
        Assert.Equal([true, true, true, true, false, true], present!);
        Assert.Equal(new DateTime(2024, 1, 1, 20, 34, 56, 123, 456, DateTimeKind.Utc), values[0]);
        Assert.Equal(new DateTime(9999, 12, 31, 3, 0, 0, DateTimeKind.Utc), values[2]);
        Assert.Equal(DateTime.MinValue, values[5]);
    }

    private static ParquetFileReader Open(string name) => ParquetFileReader.Open(RepositoryPaths.CorpusFile("good", name));
}
