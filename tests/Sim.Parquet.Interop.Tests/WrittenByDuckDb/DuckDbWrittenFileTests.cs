using System.Globalization;
using Sim.Parquet.Interop.Tests.Fixtures;
using Sim.Parquet.Interop.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Sim.Parquet.Interop.Tests.WrittenByDuckDb;

/// <summary>
/// Files DuckDB writes (its defaults: Snappy, dictionaries, OPTIONAL columns; and GZIP, ZSTD, uncompressed; small row
/// groups so there are several), read by our reader and compared value by value with what DuckDB reads from
/// the same file. The fixtures are generated into a temp folder on every run; nothing binary is committed.
/// </summary>
public sealed class DuckDbWrittenFileTests(ITestOutputHelper output)
{
    private const int Rows = 10_000;

    public static TheoryData<string> Codecs() => new("default", "snappy", "gzip", "zstd", "uncompressed");

    [Theory]
    [MemberData(nameof(Codecs))]
    public void We_read_what_DuckDB_wrote_value_by_value(string codec)
    {
        using var dir = new TempFolder("duckdb-written");
        var path = dir.Combine($"{codec}.parquet");
        var f = Sql.Literal(path);
        var codecOption = codec == "default" ? string.Empty : $", CODEC '{codec}'";
        var r = DuckDb.Shared.Query(
            $"{DuckDbTable.Create("dw_" + codec, Rows)}; COPY dw_{codec} TO {f} (FORMAT parquet{codecOption}, ROW_GROUP_SIZE 3000, " +
            "KV_METADATA {origin: 'duckdb', note: 'ünïcode ✓'}); DROP TABLE dw_" + codec,
            $"""
             SELECT row_group_id, row_group_num_rows, column_id, path_in_schema, compression, stats_min_value, stats_max_value,
                    stats_null_count, encodings FROM parquet_metadata({f}) ORDER BY row_group_id, column_id
             """);
        var chunks = r[1];
        var data = DuckDbColumns.ReadParquet(path);
        var expectedCodec = codec is "default" or "snappy" ? "SNAPPY" : codec.ToUpperInvariant();
        Assert.All(Enumerable.Range(0, chunks.RowCount), i => Assert.Equal(expectedCodec, chunks.Text(i, "compression")));
        Assert.Contains(Enumerable.Range(0, chunks.RowCount), i => chunks.Text(i, "encodings")!.Contains("DICTIONARY", StringComparison.Ordinal));
        Assert.Contains(Enumerable.Range(0, chunks.RowCount), i => chunks.Text(i, "encodings") == "PLAIN");

        using var reader = ParquetFileReader.Open(path);
        AssertSchema(reader);
        var rowGroupRows = RowGroupRows(chunks);
        Assert.True(rowGroupRows.Length >= 3, $"expected several row groups, DuckDB wrote {rowGroupRows.Length}");
        Assert.Equal(rowGroupRows.Length, reader.RowGroupCount);
        Assert.Equal(rowGroupRows, Enumerable.Range(0, reader.RowGroupCount).Select(reader.RowGroupRowCount));
        Assert.Equal(Rows, reader.RowCount);
        Assert.StartsWith("DuckDB", reader.CreatedBy, StringComparison.Ordinal);
        Assert.Equal("duckdb", reader.KeyValueMetadata["origin"]);
        Assert.Equal("ünïcode ✓", reader.KeyValueMetadata["note"]);

        for (var c = 0; c < reader.Schema.Fields.Count; c++)
        {
            ValueAssert.Column($"our reading of {data.Columns[c].Name}", data.Column(c), SimReading.Column(reader, c));
        }

        AssertStatistics(reader, chunks);
    }

    /// <summary>
    /// PARQUET_VERSION V2 makes DuckDB write data page v2 and DELTA/BYTE_STREAM_SPLIT encodings, outside our subset
    /// in part: each column must read exactly as DuckDB reads it or raise the documented exception naming the feature.
    /// </summary>
    [Fact]
    public void A_Parquet_v2_file_from_DuckDB_reads_exactly_or_names_what_is_unsupported()
    {
        using var dir = new TempFolder("duckdb-v2");
        var path = dir.Combine("v2.parquet");
        DuckDb.Shared.Query(
            $"{DuckDbTable.Create("dw_v2", 3_000)}; COPY dw_v2 TO {Sql.Literal(path)} (FORMAT parquet, PARQUET_VERSION V2); DROP TABLE dw_v2");
        var data = DuckDbColumns.ReadParquet(path);
        var encodings = DuckDb.Shared.QueryOne($"SELECT column_id, encodings FROM parquet_metadata({Sql.Literal(path)}) WHERE row_group_id = 0 ORDER BY column_id");
        using var reader = ParquetFileReader.Open(path);
        var read = 0;
        for (var c = 0; c < reader.Schema.Fields.Count; c++)
        {
            object?[] ours;
            try
            {
                ours = SimReading.Column(reader, c);
            }
            catch (ParquetFormatException e)
            {
                var used = encodings.Text(c, "encodings")!;
                Assert.True(
                    used.Split(", ").Any(encoding => encoding != "PLAIN" && encoding != "RLE" && encoding != "RLE_DICTIONARY" && e.Message.Contains(encoding, StringComparison.Ordinal)),
                    $"column {reader.Schema.Fields[c].Name} ({used}): the exception does not name an unsupported encoding: {e.Message}");
                output.WriteLine($"{reader.Schema.Fields[c].Name} ({used}): {e.Message}");
                continue;
            }

            ValueAssert.Column($"our reading of {data.Columns[c].Name}", data.Column(c), ours);
            read++;
        }

        output.WriteLine($"read {read} of {reader.Schema.Fields.Count} columns exactly as DuckDB does");
        Assert.True(read > 0, "no column of the v2 file could be read");
    }

    /// <summary>Our types for the columns of DuckDB's table (the types it wrote from, not those it reads back).</summary>
    private static void AssertSchema(ParquetFileReader reader)
    {
        var expected = DuckDbTable.Columns.ToArray();
        Assert.Equal(expected.Select(c => c.Name), reader.Schema.Fields.Select(f => f.Name));
        foreach (var (field, (_, type)) in reader.Schema.Fields.Zip(expected))
        {
            Assert.True(ExpectedMapping.FromDuckDbType(type) == field.Type, $"{field.Name}: we map DuckDB's {type} column to {field.Type}");
            Assert.True(field.Nullable, $"{field.Name}: DuckDB writes OPTIONAL columns");
        }
    }

    private static long[] RowGroupRows(DuckDbResult chunks) =>
        [.. Enumerable.Range(0, chunks.RowCount).Where(i => chunks.Int64(i, "column_id") == 0).Select(i => chunks.Int64(i, "row_group_num_rows"))];

    /// <summary>Our reader's min/max/null count per chunk equal DuckDB's reading of the same statistics.</summary>
    private static void AssertStatistics(ParquetFileReader reader, DuckDbResult chunks)
    {
        var columns = reader.Schema.Fields.Count;
        for (var i = 0; i < chunks.RowCount; i++)
        {
            var rowGroup = (int)chunks.Int64(i, "row_group_id");
            var column = (int)chunks.Int64(i, "column_id");
            Assert.True(column < columns);
            var type = reader.Schema.Fields[column].Type;
            var what = $"statistics of row group {rowGroup}, column {reader.Schema.Fields[column].Name}";
            var stats = reader.Statistics(rowGroup, column);
            var nullCount = chunks.Text(i, "stats_null_count");
            Assert.True(
                (nullCount is null ? null : long.Parse(nullCount, CultureInfo.InvariantCulture)) == stats?.NullCount,
                $"{what}: null count {stats?.NullCount} vs DuckDB {nullCount}");
            var min = chunks.Text(i, "stats_min_value");
            var max = chunks.Text(i, "stats_max_value");
            var expectedMin = min is null ? null : DuckDbStatText.Parse(type, min);
            var expectedMax = max is null ? null : DuckDbStatText.Parse(type, max);
            Assert.True(ValueAssert.SameStatistic(expectedMin, stats?.Min), $"{what}: min {ValueAssert.Format(stats?.Min)} vs DuckDB {min}");
            Assert.True(ValueAssert.SameStatistic(expectedMax, stats?.Max), $"{what}: max {ValueAssert.Format(stats?.Max)} vs DuckDB {max}");
        }
    }
}
