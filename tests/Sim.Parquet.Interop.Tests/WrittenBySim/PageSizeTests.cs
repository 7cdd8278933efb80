using Sim.Parquet.Interop.Tests.Fixtures;
using Sim.Parquet.Interop.Tests.Infrastructure;

namespace Sim.Parquet.Interop.Tests.WrittenBySim;

/// <summary>
/// <see cref="ParquetWriterOptions.PageMaxBytes"/> bounds every data page, the first page of a chunk included
/// (readers size their buffers by it). Pages are read with our own header walker; DuckDB locates the chunks.
/// </summary>
public sealed class PageSizeTests
{
    private const int Rows = 6_000;
    private const int PageMaxBytes = 1_024;

    [Theory]
    [InlineData(ParquetType.String, false)]
    [InlineData(ParquetType.String, true)]
    [InlineData(ParquetType.Binary, false)]
    [InlineData(ParquetType.Int64, false)]
    [InlineData(ParquetType.Double, true)]
    public void Every_data_page_holding_several_values_stays_within_twice_PageMaxBytes(ParquetType type, bool useDictionary)
    {
        using var dir = new TempFolder("page-size");
        var path = dir.Combine("pages.parquet");
        var table = new TestTable([TestColumn.Create("c", type, NullPattern.Random, Rows, seed: 77)], Rows);
        table.Write(path, new ParquetWriterOptions { PageMaxBytes = PageMaxBytes, UseDictionary = useDictionary, RowGroupMaxRows = 2_000 }, batchRows: 2_500);

        var f = Sql.Literal(path);
        var chunks = DuckDb.Shared.QueryOne(
            $"SELECT row_group_id, coalesce(dictionary_page_offset, data_page_offset) AS start, total_compressed_size FROM parquet_metadata({f}) ORDER BY row_group_id");
        var file = File.ReadAllBytes(path);
        var oversized = new List<string>();
        for (var r = 0; r < chunks.RowCount; r++)
        {
            var start = chunks.Int64(r, "start");
            foreach (var page in PageWalker.Walk(file, start, start + chunks.Int64(r, "total_compressed_size")))
            {
                if (page.Type == 0 && page.NumValues > 1 && page.UncompressedSize > 2 * PageMaxBytes)
                {
                    oversized.Add($"row group {chunks.Text(r, "row_group_id")}: page at {page.Offset} of {page.UncompressedSize} bytes, {page.NumValues} values");
                }
            }
        }

        Assert.True(oversized.Count == 0, $"PageMaxBytes={PageMaxBytes}, but:\n{string.Join('\n', oversized)}");
        SimFileChecks.Values(table, DuckDbColumns.ReadParquet(path));
    }
}
