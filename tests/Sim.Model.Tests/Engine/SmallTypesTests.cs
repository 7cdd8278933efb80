using Sim.Model.Engine;
using Sim.Model.Population;

namespace Sim.Model.Tests.Engine;

public sealed class SmallTypesTests
{
    [Fact]
    public void YearMonth_parses_formats_and_compacts()
    {
        var m = YearMonth.Parse("2023-01");
        Assert.Equal(2023, m.Year);
        Assert.Equal(1, m.Month);
        Assert.Equal("2023-01", m.ToString());
        Assert.Equal("2024-02", m.AddMonths(13).ToString());
        Assert.Equal(13, m.AddMonths(13).MonthsSince(m));
        Assert.Equal(m, YearMonth.FromCompact(m.ToCompact()));
        Assert.Equal(0, YearMonth.CompactEpoch.ToCompact());
        Assert.False(YearMonth.TryParse("2023-13", out _));
        Assert.False(YearMonth.TryParse("2023-1", out _));
        Assert.False(YearMonth.TryParse("23-01-01", out _));
        Assert.True(new YearMonth(2022, 12) < m);
    }

    [Fact]
    public void Event_log_keeps_the_newest_events_in_a_ring()
    {
        var log = new EventLog(3, 4);
        var month = new YearMonth(2024, 1);
        for (var i = 0; i < 6; i++)
        {
            log.Add(month.AddMonths(i), 100 + (i % 2), PersonEventKind.StatusChange, (byte)i);
        }

        Assert.Equal(6, log.Written);
        Assert.Equal(2, log.Oldest);
        Assert.Equal((byte)2, log.Get(2).Detail);
        Assert.Throws<ArgumentOutOfRangeException>(() => log.Get(1));
        var history = new List<PersonEvent>();
        log.History(101, history);
        Assert.Equal([3, 5], history.Select(e => (int)e.Detail).ToArray());
        Assert.All(history, e => Assert.Equal(3, e.Region));
    }

    [Fact]
    public void Mover_batches_grow_and_trim_to_their_count()
    {
        var batch = new MoverBatch(1, 2, 100, 1);
        for (var i = 0; i < 20; i++)
        {
            batch.Add(new PersonRecord(i, (short)i, Sex.Female, Citizenship.RU, LegalStatus.VisaFree, Profession.It,
                Activity.Employed, PersonFlags.Investor | PersonFlags.Gone, 5, 9));
        }

        batch.Trim();
        Assert.Equal(20, batch.Count);
        Assert.Equal(20, batch.Id.Length);
        Assert.Equal(20, batch.StatusExpiry.Length);
        var p = batch.Get(19);
        Assert.Equal(19, p.Id);
        Assert.Equal(PersonFlags.Investor, p.Flags);
        Assert.Equal(Citizenship.RU, p.Citizenship);
    }

    [Fact]
    public void Indicator_columns_describe_every_field_once_with_units()
    {
        var fields = typeof(RegionMonthIndicators).GetFields();
        Assert.Equal(fields.Length, IndicatorColumns.All.Count);
        Assert.Equal(IndicatorColumns.All.Count, IndicatorColumns.All.Select(c => c.Name).Distinct().Count());
        Assert.All(IndicatorColumns.All, c =>
        {
            Assert.Matches("^[a-z0-9_]+$", c.Name);
            Assert.False(string.IsNullOrWhiteSpace(c.Unit));
            Assert.False(string.IsNullOrWhiteSpace(c.Description));
        });
        var row = new RegionMonthIndicators { Births = 7, RentIndex = 1.5, Year = 2024 };
        Assert.Equal(7, IndicatorColumns.All.Single(c => c.Name == "births").GetInt64(row));
        Assert.Equal(1.5, IndicatorColumns.All.Single(c => c.Name == "rent_index").GetDouble(row));
        Assert.Equal(2024, IndicatorColumns.All.Single(c => c.Name == "year").GetInt64(row));
    }

    [Fact]
    public void National_aggregation_sums_counts_and_recomputes_rates()
    {
        var rows = new RegionMonthIndicators[2];
        rows[0] = new RegionMonthIndicators { RegionIndex = 0, Year = 2024, Month = 3, Births = 3, Employed = 90, Unemployed = 10, LabourForce = 100, AvgWageKzt = 100, PopulationEnd = 10, RentKztPerM2 = 10, UnemploymentRate = 0.1 };
        rows[1] = new RegionMonthIndicators { RegionIndex = 1, Year = 2024, Month = 3, Births = 4, Employed = 270, Unemployed = 30, LabourForce = 300, AvgWageKzt = 200, PopulationEnd = 30, RentKztPerM2 = 20, UnemploymentRate = 0.1 };
        var n = NationalIndicators.Aggregate(rows);
        Assert.Equal(7, n.Total.Births);
        Assert.Equal(0.1, n.Total.UnemploymentRate, 12);
        Assert.Equal(((100 * 90) + (200 * 270)) / 360.0, n.Total.AvgWageKzt, 9);
        Assert.Equal(((10 * 10) + (20 * 30)) / 40.0, n.Total.RentKztPerM2, 9);
        Assert.Equal(new YearMonth(2024, 3), n.Month);
        Assert.Equal([10L, 30L], n.Population);
        Assert.Throws<ArgumentException>(() => NationalIndicators.Aggregate(new[] { rows[1], rows[0] }));
    }
}
