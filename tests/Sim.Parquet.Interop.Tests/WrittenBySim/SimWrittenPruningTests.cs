using Sim.Parquet.Interop.Tests.Fixtures;
using Sim.Parquet.Interop.Tests.Infrastructure;

namespace Sim.Parquet.Interop.Tests.WrittenBySim;

/// <summary>
/// DuckDB skips row groups whose min/max exclude a filter value, so statistics ordered the wrong way (signed
/// vs unsigned, UTF-16 vs UTF-8 bytes) lose rows in filtered queries. Each row group here mixes values that the
/// wrong orders would rank differently; every filtered count must still be right.
/// </summary>
public sealed class SimWrittenPruningTests
{
    private const int Rows = 4_000;
    private const int RowGroupRows = 1_000;

    [Fact]
    public void Filtered_counts_are_right_when_DuckDB_prunes_by_our_statistics()
    {
        using var dir = new TempFolder("sim-pruning");
        var path = dir.Combine("pruning.parquet");
        // Row group g holds rows [1000g, 1000g + 1000); inside each, the values straddle the orders' differences.
        var u64 = Enumerable.Range(0, Rows).Select(i => (object?)(((ulong)(uint)(i / RowGroupRows) << 62) | ((ulong)(uint)(i % 2) << 63) | (uint)i)).ToArray();
        var u8 = Enumerable.Range(0, Rows).Select(i => (object?)(byte)((i % 2 == 0 ? 0 : 128) + (i / RowGroupRows))).ToArray();
        var i64 = Enumerable.Range(0, Rows).Select(i => (object?)((i % 2 == 0 ? -1L : 1L) * ((i / RowGroupRows * 1_000_000L) + i))).ToArray();
        string[] prefixes = ["a", "\uFF21", "😀", "\uE000"];
        var s = Enumerable.Range(0, Rows).Select(i => (object?)(prefixes[(i + (i / RowGroupRows)) % 4] + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var table = new TestTable(
            [
                TestColumn.FromValues("u64", ParquetType.UInt64, false, u64),
                TestColumn.FromValues("u8", ParquetType.UInt8, false, u8),
                TestColumn.FromValues("i64", ParquetType.Int64, false, i64),
                TestColumn.FromValues("s", ParquetType.String, true, s),
            ],
            Rows);
        table.Write(path, new ParquetWriterOptions { RowGroupMaxRows = RowGroupRows }, batchRows: 1_500);

        var f = Sql.ReadParquet(path);
        var probes = new List<(string Sql, long Expected)>();
        foreach (var row in new[] { 1, 2, 1_001, 1_502, 2_003, 2_998, 3_001, 3_999 })
        {
            probes.Add(($"SELECT count(*) FROM {f} WHERE u64 = {u64[row]}", u64.Count(v => (ulong)v! == (ulong)u64[row]!)));
            probes.Add(($"SELECT count(*) FROM {f} WHERE u8 = {u8[row]}", u8.Count(v => (byte)v! == (byte)u8[row]!)));
            probes.Add(($"SELECT count(*) FROM {f} WHERE i64 = {i64[row]}", 1));
            probes.Add(($"SELECT count(*) FROM {f} WHERE s = {Sql.Literal((string)s[row]!)}", 1));
        }

        probes.Add(($"SELECT count(*) FROM {f} WHERE u64 >= 9223372036854775808", u64.Count(v => (ulong)v! >= 1UL << 63)));
        probes.Add(($"SELECT count(*) FROM {f} WHERE s > '\uFF21'", s.Count(v => ParquetOrder.Compare(v!, "\uFF21") > 0)));

        var results = DuckDb.Shared.Query([.. probes.Select(p => p.Sql)]);
        var wrong = probes.Zip(results).Where(p => (long)p.Second.Scalar()! != p.First.Expected)
            .Select(p => $"{p.First.Sql}: DuckDB counts {p.Second.Scalar()}, expected {p.First.Expected}").ToArray();
        Assert.True(wrong.Length == 0, string.Join('\n', wrong));
    }
}
