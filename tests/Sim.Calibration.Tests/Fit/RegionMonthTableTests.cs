using Sim.Calibration.Fit;

namespace Sim.Calibration.Tests.Fit;

public sealed class RegionMonthTableTests
{
    [Fact]
    public void Rows_in_any_order_make_a_dense_table()
    {
        var table = RegionMonthTable.FromRows(SyntheticRun.Rows().Reverse(), SyntheticRun.Codes);
        Assert.Equal(16, table.MonthCount);
        Assert.Equal(new DateOnly(2022, 1, 1), table.FirstMonth);
        Assert.Equal(new DateOnly(2023, 5, 1), table.EndDate);
        Assert.Equal(1000 + 150, table.Row(15, 0).PopulationStart);
        Assert.Equal(1, table.RegionIndex("BBB"));
        Assert.Throws<KeyNotFoundException>(() => table.RegionIndex("CCC"));
    }

    [Fact]
    public void A_missing_or_duplicated_row_is_named()
    {
        var rows = SyntheticRun.Rows().ToList();
        var missing = Assert.Throws<InvalidDataException>(() => RegionMonthTable.FromRows(rows.Where((_, i) => i != 5), SyntheticRun.Codes));
        Assert.Contains("lacks the row of 2022-03, region BBB", missing.Message, StringComparison.Ordinal);
        var twice = Assert.Throws<InvalidDataException>(() => RegionMonthTable.FromRows(rows.Append(rows[0]), SyntheticRun.Codes));
        Assert.Contains("two rows for 2022-01, region AAA", twice.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => RegionMonthTable.FromRows([], SyntheticRun.Codes));
    }
}
