using System.Text.Json;
using Sim.Parquet.Interop.Tests.Fixtures;
using Sim.Parquet.Interop.Tests.Infrastructure;

namespace Sim.Parquet.Interop.Tests.WrittenBySim;

/// <summary>
/// A second independent reader, arrow-rs (parquet-wasm): it reads our file completely and rewrites it with its
/// own writer; DuckDB then reads that copy, whose values must be the ones we wrote. arrow-rs's view of our
/// footer (row groups, value counts, codecs, created_by, key-value metadata) is checked as well.
/// </summary>
public sealed class ParquetWasmTests
{
    private const int Rows = 2_500;

    [Theory]
    [InlineData(ParquetCompression.Snappy, DictionaryMode.Dictionary)]
    [InlineData(ParquetCompression.Gzip, DictionaryMode.TinyDictionaryFallsBackToPlain)]
    [InlineData(ParquetCompression.None, DictionaryMode.PlainOnly)]
    public void Arrow_rs_reads_every_value_and_our_footer(ParquetCompression codec, DictionaryMode mode)
    {
        using var dir = new TempDirectory("parquet-wasm");
        var path = dir.File("ours.parquet");
        var copy = dir.File("arrow-rs-copy.parquet");
        var table = TestTable.AllTypes(Rows, seed: 5_000 + (int)codec);
        var options = SimWrittenFileTests.Options(codec, mode);
        table.Write(path, options, batchRows: 700);

        var (exitCode, stdout, stderr) = NodeScript.Run("parquet-wasm-roundtrip.mjs", path, copy);
        Assert.True(exitCode == 0, $"parquet-wasm (arrow-rs) rejects our file: {stderr}");
        using var footer = JsonDocument.Parse(stdout);
        var root = footer.RootElement;
        Assert.Equal(Rows, root.GetProperty("rows").GetInt64());
        Assert.Equal(options.CreatedBy, root.GetProperty("createdBy").GetString());
        var keyValues = root.GetProperty("keyValueMetadata").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        Assert.Equal(options.KeyValueMetadata.OrderBy(p => p.Key, StringComparer.Ordinal), keyValues.OrderBy(p => p.Key, StringComparer.Ordinal));
        var codecName = codec switch { ParquetCompression.None => "UNCOMPRESSED", ParquetCompression.Snappy => "SNAPPY", _ => "GZIP" };
        var groups = root.GetProperty("rowGroups").EnumerateArray().ToArray();
        Assert.Equal([1_000L, 1_000L, 500L], groups.Select(g => g.GetProperty("rows").GetInt64()));
        foreach (var group in groups)
        {
            var columns = group.GetProperty("columns").EnumerateArray().ToArray();
            Assert.Equal(table.Columns.Select(c => c.Name), columns.Select(c => c.GetProperty("path").GetString()));
            Assert.All(columns, c => Assert.Equal(group.GetProperty("rows").GetInt64(), c.GetProperty("numValues").GetInt64()));
            Assert.All(columns, c => Assert.Equal(codecName, c.GetProperty("compression").GetString()));
        }

        SimFileChecks.Values(table, DuckDbColumns.ReadParquet(copy));
    }
}
