using Sim.Parquet.Interop.Tests.Fixtures;
using Sim.Parquet.Interop.Tests.Infrastructure;

namespace Sim.Parquet.Interop.Tests.WrittenBySim;

/// <summary>Our files at the edges (no rows, explicit row-group cuts, huge values, byte budgets, float specials), read by DuckDB.</summary>
public sealed class SimWrittenEdgeCaseTests
{
    [Fact]
    public void An_empty_file_has_the_schema_and_no_rows()
    {
        using var dir = new TempFolder("sim-edge");
        var path = dir.Combine("empty.parquet");
        var table = new TestTable(
            [
                TestColumn.FromValues("id", ParquetType.Int64, false, []),
                TestColumn.FromValues("name", ParquetType.String, true, []),
                TestColumn.FromValues("day", ParquetType.Date, true, []),
            ],
            0);
        table.WriteBatches(path, new ParquetWriterOptions(), []);

        var f = Sql.Literal(path);
        var r = DuckDb.Shared.Query(
            $"SELECT count(*) FROM read_parquet({f})",
            $"DESCRIBE SELECT * FROM read_parquet({f})",
            $"SELECT num_rows, num_row_groups FROM parquet_file_metadata({f})");
        Assert.Equal(0L, r[0].Scalar());
        Assert.Equal(["BIGINT", "VARCHAR", "DATE"], Enumerable.Range(0, 3).Select(i => r[1].Text(i, "column_type")));
        Assert.Equal(0, r[2].Int64(0, "num_rows"));
        Assert.Equal(0, r[2].Int64(0, "num_row_groups"));
    }

    [Fact]
    public void FlushRowGroup_cuts_row_groups_where_asked_and_never_writes_an_empty_one()
    {
        using var dir = new TempFolder("sim-edge");
        var path = dir.Combine("flush.parquet");
        int[] batches = [10, 1, 5];
        var table = new TestTable(
            [
                TestColumn.Create("id", ParquetType.Int64, NullPattern.Required, 16, seed: 1),
                TestColumn.Create("s", ParquetType.String, NullPattern.Random, 16, seed: 2),
            ],
            16);
        table.WriteBatches(path, new ParquetWriterOptions(), batches, flushAfterEachBatch: true);

        var f = Sql.Literal(path);
        var groups = DuckDb.Shared.QueryOne($"SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata({f}) ORDER BY row_group_id");
        SimFileChecks.Values(table, DuckDbColumns.ReadParquet(path));
        Assert.Equal(batches.Select(b => (long)b), Enumerable.Range(0, groups.RowCount).Select(i => groups.Int64(i, "row_group_num_rows")));
    }

    [Fact]
    public void Values_larger_than_a_page_are_written_whole()
    {
        using var dir = new TempFolder("sim-edge");
        var path = dir.Combine("huge.parquet");
        var huge = new string('x', 300_000) + "✓";
        var blob = Enumerable.Range(0, 1_500_000).Select(i => (byte)(i * 7)).ToArray();
        var table = new TestTable(
            [
                TestColumn.FromValues("s", ParquetType.String, true, [huge, null, "small", huge + "y", string.Empty]),
                TestColumn.FromValues("b", ParquetType.Binary, true, [blob, Array.Empty<byte>(), null, new byte[] { 1, 2, 3 }, blob[..1_048_577]]),
            ],
            5);
        table.Write(path, new ParquetWriterOptions { PageMaxBytes = 64 * 1024 }, batchRows: 2);

        SimFileChecks.Values(table, DuckDbColumns.ReadParquet(path));
    }

    [Fact]
    public void A_small_byte_budget_cuts_many_row_groups_that_DuckDB_reads_completely()
    {
        using var dir = new TempFolder("sim-edge");
        var path = dir.Combine("budget.parquet");
        const int rows = 20_000;
        var table = new TestTable(
            [
                TestColumn.Create("id", ParquetType.Int64, NullPattern.Required, rows, seed: 3),
                TestColumn.Create("s", ParquetType.String, NullPattern.Random, rows, seed: 4),
            ],
            rows);
        table.Write(path, new ParquetWriterOptions { RowGroupMaxBytes = 64 * 1024, PageMaxBytes = 8 * 1024 }, batchRows: 5_000);

        var f = Sql.Literal(path);
        var groups = DuckDb.Shared.QueryOne($"SELECT count(DISTINCT row_group_id) AS groups FROM parquet_metadata({f})");
        SimFileChecks.Values(table, DuckDbColumns.ReadParquet(path));
        Assert.True(groups.Int64(0, "groups") >= 4, $"a 64 KiB budget for ~1 MB of data gave {groups.Text(0, "groups")} row groups");
    }

    [Fact]
    public void Float_specials_round_trip_bit_exact_and_statistics_follow_the_NaN_and_zero_rules()
    {
        using var dir = new TempFolder("sim-edge");
        var path = dir.Combine("floats.parquet");
        var table = new TestTable(
            [
                TestColumn.FromValues("d", ParquetType.Double, true, [double.NaN, -0.0, 0.0, double.PositiveInfinity, double.NegativeInfinity, 1.5, double.Epsilon, null]),
                TestColumn.FromValues("f", ParquetType.Float, false, [float.NaN, -0.0f, 0.0f, float.PositiveInfinity, float.NegativeInfinity, 1.5f, float.Epsilon, -3e38f]),
                TestColumn.FromValues("zero_min", ParquetType.Double, false, [0.0, 2.0, 0.0, 1.0, 2.0, 0.0, 1.0, 0.0]),
                TestColumn.FromValues("zero_max", ParquetType.Float, false, [-0.0f, -2.0f, -0.0f, -1.0f, -2.0f, -0.0f, -1.0f, -0.0f]),
                TestColumn.FromValues("only_nan", ParquetType.Double, true, [double.NaN, null, double.NaN, null, double.NaN, double.NaN, null, double.NaN]),
            ],
            8);
        table.Write(path, new ParquetWriterOptions(), batchRows: 8);

        var f = Sql.Literal(path);
        var r = DuckDb.Shared.Query(
            $"SELECT path_in_schema, stats_min_value, stats_max_value FROM parquet_metadata({f}) ORDER BY column_id",
            $"SELECT count(*) FROM read_parquet({f}) WHERE d > 1.0",
            $"SELECT count(*) FROM read_parquet({f}) WHERE only_nan > 0");
        SimFileChecks.Values(table, DuckDbColumns.ReadParquet(path));
        var stats = r[0];
        (string? Min, string? Max) Stat(int column) => (stats.Text(column, "stats_min_value"), stats.Text(column, "stats_max_value"));
        AssertFloatStat("d", Stat(0), ParquetType.Double, double.NegativeInfinity, double.PositiveInfinity);
        AssertFloatStat("f", Stat(1), ParquetType.Float, -3e38f, float.PositiveInfinity);
        AssertFloatStat("zero_min", Stat(2), ParquetType.Double, -0.0, 2.0);
        AssertFloatStat("zero_max", Stat(3), ParquetType.Float, -2.0f, 0.0f);
        Assert.True(Stat(4) == (null, null) || (Stat(4).Min is "nan" or "NaN"), $"only_nan: a NaN-only chunk has no usable min/max, got {Stat(4)}");
        Assert.Equal(3L, r[1].Scalar()); // NaN, +inf and 1.5 are > 1.0 in DuckDB's order (NaN is greatest)
        Assert.Equal(5L, r[2].Scalar());
    }

    /// <summary>
    /// parquet.thrift: NaN is never written to min/max; a zero min is written as -0.0 and a zero max as +0.0.
    /// Leaving float statistics out is allowed.
    /// </summary>
    private static void AssertFloatStat(string column, (string? Min, string? Max) stat, ParquetType type, object min, object max)
    {
        if (stat == (null, null))
        {
            return;
        }

        Assert.True(stat.Min is not null && stat.Max is not null, $"{column}: only one of min/max written: {stat}");
        var actualMin = DuckDbStatText.Parse(type, stat.Min!);
        var actualMax = DuckDbStatText.Parse(type, stat.Max!);
        Assert.True(ValueAssert.Same(min, actualMin), $"{column}: min {stat.Min}, expected {ValueAssert.Format(min)}");
        Assert.True(ValueAssert.Same(max, actualMax), $"{column}: max {stat.Max}, expected {ValueAssert.Format(max)}");
    }
}
