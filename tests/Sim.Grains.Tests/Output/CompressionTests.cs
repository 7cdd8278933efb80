using System.Globalization;
using Sim.Grains.Tests.Infrastructure;
using Sim.Model.Scenarios;

namespace Sim.Grains.Tests.Output;

/// <summary>
/// <c>outputs.compression: zstd</c>: every file of the run is ZSTD-compressed and holds, value by value, what the
/// default (Snappy) run of the same scenario holds, as DuckDB and as Apache Arrow's C++ reader (ParquetSharp) read it.
/// </summary>
public sealed class CompressionTests(SmallRunFixture run) : IClassFixture<SmallRunFixture>
{
    [Fact]
    public async Task A_zstd_run_holds_the_default_runs_values_in_zstd_files_read_by_DuckDB_and_ParquetSharp()
    {
        using var zstd = new TempFolder("zstd");
        await SmallRun.OnGrainsAsync(SmallRun.Spec("zstd", zstd.Path, compression: OutputCompression.Zstd), silos: 1);

        var snappyFiles = Parquet(run.Folder);
        var zstdFiles = Parquet(zstd.Path);
        Assert.Equal(80, snappyFiles.Length); // 20 regions × region_month, flows, persons (2023), events
        Assert.Equal(snappyFiles, zstdFiles);
        foreach (var file in zstdFiles)
        {
            var a = Path.Combine(run.Folder, file);
            var b = Path.Combine(zstd.Path, file);
            // A part with no rows (a region without movers) has no column chunks; DuckDB below counts chunks per table.
            Assert.All(ParquetSharpFile.Codecs(a), c => Assert.Equal(ParquetSharp.Compression.Snappy, c));
            Assert.All(ParquetSharpFile.Codecs(b), c => Assert.Equal(ParquetSharp.Compression.Zstd, c));
            Assert.False(File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b)), $"{file}: same bytes with another codec");

            var expected = ParquetSharpFile.Columns(a);
            var actual = ParquetSharpFile.Columns(b);
            Assert.Equal(expected.Keys, actual.Keys);
            foreach (var (column, values) in expected)
            {
                Assert.True(values.SequenceEqual(actual[column]), $"{file}: column {column} differs");
            }
        }

        // DuckDB: the same multiset of rows in every table, and ZSTD on every column chunk of the zstd run.
        foreach (var table in new[] { "region_month", "flows", "events", "persons" })
        {
            var glob = table == "persons" ? Path.Combine("persons", "*", "*.parquet") : Path.Combine(table, "*.parquet");
            var left = DuckDb.Literal(Path.Combine(run.Folder, glob));
            var right = DuckDb.Literal(Path.Combine(zstd.Path, glob));
            var row = DuckDb.Query($"""
                SELECT
                  (SELECT count(*) FROM read_parquet({left})) AS rows,
                  (SELECT count(*) FROM (SELECT * FROM read_parquet({left}) EXCEPT ALL SELECT * FROM read_parquet({right}))) AS only_snappy,
                  (SELECT count(*) FROM (SELECT * FROM read_parquet({right}) EXCEPT ALL SELECT * FROM read_parquet({left}))) AS only_zstd,
                  (SELECT count(*) FROM parquet_metadata({right}) WHERE compression <> 'ZSTD') AS not_zstd,
                  (SELECT count(*) FROM parquet_metadata({right})) AS chunks
                """).Single();
            Assert.True(Convert.ToInt64(row[0], CultureInfo.InvariantCulture) > 0, $"{table}: no rows");
            Assert.Equal(0, Convert.ToInt64(row[1], CultureInfo.InvariantCulture));
            Assert.Equal(0, Convert.ToInt64(row[2], CultureInfo.InvariantCulture));
            Assert.Equal(0, Convert.ToInt64(row[3], CultureInfo.InvariantCulture));
            Assert.True(Convert.ToInt64(row[4], CultureInfo.InvariantCulture) > 0, $"{table}: no column chunks");
        }
    }

    private static string[] Parquet(string root) =>
        [.. Directory.GetFiles(root, "*.parquet", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
}
