using Sim.Parquet.Interop.Tests.Fixtures;
using Sim.Parquet.Interop.Tests.Infrastructure;

namespace Sim.Parquet.Interop.Tests.WrittenBySim;

/// <summary>
/// Default page size (1 MiB) and row groups with data that exercises a compressor: long runs, repeats far
/// apart (copy offsets past 64 KiB), incompressible bytes, and ordinary numbers. DuckDB and ParquetSharp
/// decompress every page with their own Snappy/GZIP/ZSTD and must read back every value.
/// </summary>
public sealed class LargePageCodecTests
{
    private const int Rows = 30_000;

    [Theory]
    [InlineData(ParquetCompression.Snappy)]
    [InlineData(ParquetCompression.Gzip)]
    [InlineData(ParquetCompression.Zstd)]
    public void Megabyte_pages_decompress_in_DuckDB_and_ParquetSharp_to_the_values_we_wrote(ParquetCompression codec)
    {
        using var dir = new TempFolder("large-pages");
        var path = dir.Combine($"{codec}.parquet");
        var rng = new Random(2024);
        var noise = new byte[Rows * 24];
        rng.NextBytes(noise);
        var motifs = Enumerable.Range(0, 64).Select(i => new string((char)('a' + (i % 26)), 1 + (i * 37 % 120)) + i).ToArray();
        var table = new TestTable(
            [
                TestColumn.FromValues("id", ParquetType.Int64, false, [.. Enumerable.Range(0, Rows).Select(i => (object?)(long)i)]),
                TestColumn.FromValues("measure", ParquetType.Double, true, [.. Enumerable.Range(0, Rows).Select(i => i % 11 == 0 ? null : (object?)(rng.NextDouble() * 1e6))]),
                TestColumn.FromValues("text", ParquetType.String, false, [.. Enumerable.Range(0, Rows).Select(i => (object?)(motifs[(i * 7) % motifs.Length] + motifs[i % 13]))]),
                TestColumn.FromValues("noise", ParquetType.Binary, true, [.. Enumerable.Range(0, Rows).Select(i => i % 5 == 0 ? null : (object?)noise.AsSpan(i * 24, 8 + (i % 17)).ToArray())]),
                TestColumn.FromValues("flat", ParquetType.Int32, false, [.. Enumerable.Range(0, Rows).Select(i => (object?)(i / 5_000))]),
            ],
            Rows);
        table.Write(path, new ParquetWriterOptions { Compression = codec, UseDictionary = false, RowGroupMaxRows = 20_000 }, batchRows: 8_192);

        SimFileChecks.Values(table, DuckDbColumns.ReadParquet(path));
        SimFileChecks.ValuesByParquetSharp(table, path);
    }
}
