using ParquetSharp;
using ParquetCodec = ParquetSharp.Compression;
using ParquetEncoding = ParquetSharp.Encoding;
using Sim.Parquet.Interop.Tests.Fixtures;
using Sim.Parquet.Interop.Tests.Infrastructure;

namespace Sim.Parquet.Interop.Tests.WrittenByParquetSharp;

/// <summary>
/// Files ParquetSharp (Arrow C++) writes from a table of every type and null pattern, with each codec, with and
/// without dictionaries, small pages and several row groups: our reader must read back exactly the values
/// written, the schema, the footer, and statistics equal to the ones computed from the values.
/// </summary>
public sealed class ParquetSharpWrittenFileTests
{
    private const int Rows = 2_500;
    private const int RowGroupRows = 1_000;

    public static TheoryData<ParquetCodec, bool> Cases()
    {
        var data = new TheoryData<ParquetCodec, bool>();
        foreach (var codec in new[] { ParquetCodec.Uncompressed, ParquetCodec.Snappy, ParquetCodec.Gzip, ParquetCodec.Zstd })
        {
            data.Add(codec, true);
            data.Add(codec, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void We_read_what_ParquetSharp_wrote_value_by_value(ParquetCodec codec, bool dictionary)
    {
        using var dir = new TempFolder("parquetsharp-written");
        var path = dir.Combine($"{codec}-{dictionary}.parquet");
        var table = TestTable.AllTypes(Rows, seed: 7_000 + (int)codec + (dictionary ? 100 : 0));
        using (var builder = new WriterPropertiesBuilder())
        {
            builder.Compression(codec).DataPagesize(1_024).CreatedBy("parquetsharp interop test");
            if (!dictionary)
            {
                builder.DisableDictionary();
            }

            using var properties = builder.Build();
            ParquetSharpTableWriter.Write(table, path, properties, RowGroupRows);
        }

        using var reader = Sim.Parquet.ParquetFileReader.Open(path);
        // Column<string> and Column<byte[]> are always OPTIONAL in ParquetSharp's column API.
        Assert.Equal(
            table.Columns.Select(c => c.Field.Type is ParquetType.String or ParquetType.Binary ? c.Field with { Nullable = true } : c.Field),
            reader.Schema.Fields);
        Assert.Equal(Rows, reader.RowCount);
        Assert.Equal([1_000L, 1_000L, 500L], Enumerable.Range(0, reader.RowGroupCount).Select(reader.RowGroupRowCount));
        Assert.Equal("parquetsharp interop test", reader.CreatedBy);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            ValueAssert.Column($"our reading of ParquetSharp's {table.Columns[c].Name}", table.Columns[c].Expected, SimReading.Column(reader, c));
        }

        AssertStatistics(table, reader);
        AssertTheCase(table, path, codec, dictionary);
    }

    /// <summary>The file is the case it claims to be: ParquetSharp's footer shows the codec, and dictionaries only when enabled.</summary>
    private static void AssertTheCase(TestTable table, string path, ParquetCodec codec, bool dictionary)
    {
        using var file = new ParquetSharp.ParquetFileReader(path);
        using var group = file.RowGroup(0);
        var dictionaryChunks = 0;
        for (var c = 0; c < table.Columns.Count; c++)
        {
            using var chunk = group.MetaData.GetColumnChunkMetaData(c);
            Assert.Equal(codec, chunk.Compression);
            dictionaryChunks += chunk.Encodings.Any(e => e is ParquetEncoding.RleDictionary or ParquetEncoding.PlainDictionary) ? 1 : 0;
        }

        Assert.True(dictionary ? dictionaryChunks > 0 : dictionaryChunks == 0, $"{dictionaryChunks} dictionary-encoded chunks with dictionary={dictionary}");
        file.Close();
    }

    private static void AssertStatistics(TestTable table, Sim.Parquet.ParquetFileReader reader)
    {
        var first = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var rows = (int)reader.RowGroupRowCount(g);
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var column = table.Columns[c];
                var what = $"row group {g}, column {column.Name}";
                var (min, max, nulls) = ParquetOrder.Stats(column.Expected.Skip(first).Take(rows));
                var stats = reader.Statistics(g, c);
                Assert.True(stats is not null, $"{what}: no statistics");
                Assert.True(stats.NullCount == nulls, $"{what}: null count {stats.NullCount}, expected {nulls}");
                if (column.Field.Type is ParquetType.Float or ParquetType.Double && stats.Min is null && stats.Max is null)
                {
                    continue; // writers may leave float bounds out
                }

                Assert.True(ValueAssert.SameStatistic(min, stats.Min), $"{what}: min {ValueAssert.Format(stats.Min)}, expected {ValueAssert.Format(min)}");
                Assert.True(ValueAssert.SameStatistic(max, stats.Max), $"{what}: max {ValueAssert.Format(stats.Max)}, expected {ValueAssert.Format(max)}");
            }

            first += rows;
        }
    }
}
