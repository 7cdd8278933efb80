using System.Globalization;
using Sim.Model;
using Sim.Model.Regions;
using Sim.Model.Scenarios;

namespace Sim.Scenarios.Tests;

/// <summary>The sourced figures in scenarios/data/*.csv and the values the baseline scenario uses agree.</summary>
public sealed class BaseDataTests
{
    private static string Data(string file) => Path.Combine(RepositoryPaths.Scenarios, "data", file);

    [Fact]
    public void Every_data_file_names_its_source()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Scenarios, "data"), "*.csv"))
        {
            var table = CsvFile.Read(file);
            Assert.True(table.Count > 0 && table[0].Has("source"), $"{file} has no rows or no source column");
            Assert.All(table, row => Assert.False(string.IsNullOrWhiteSpace(row.Text("source"))));
            Assert.StartsWith("#", File.ReadLines(file).First(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Regions_add_up_to_the_bns_national_totals()
    {
        var regions = RegionTableReader.Read(Data("regions.csv")).Regions;
        Assert.Equal(20, regions.Count);
        Assert.Equal(19_503_159, regions.Sum(r => r.Population2022), 0);
        Assert.Equal(19_766_807, regions.Sum(r => r.Population2023), 0);
        Assert.Equal(20, regions.Select(r => r.Code).Distinct().Count());
        Assert.All(regions, r => Assert.InRange(r.UnemploymentRate, 0.04, 0.06)); // BNS 2022: 4.3-5.2%
    }

    [Fact]
    public void Baseline_quotas_and_kandas_figures_are_the_sourced_ones()
    {
        var s = ScenarioLoader.Load(RepositoryPaths.Baseline);
        var quotas = CsvFile.Read(Data("quotas.csv"));
        foreach (var row in quotas.Where(r => r.Text("region").Length == 0))
        {
            var year = (int)row.Number("year");
            var value = row.Number("value");
            var month = new YearMonth(year, 6);
            switch (row.Text("kind"))
            {
                case "relocation_quota":
                    Assert.Equal(value, s.Levers.At(month).RelocationProgramme.QuotaPerYear);
                    break;
                case "kandas_quota":
                    Assert.Equal(value, s.Levers.At(month).Kandas.QuotaPerYear);
                    break;
                case "employer_permit_share":
                    var household = quotas.Single(r => r.Text("kind") == "household_permit_share" && (int)r.Number("year") == year);
                    Assert.Equal(value + household.Number("value"), s.Levers.At(month).WorkPermits.QuotaShare, 6);
                    break;
            }
        }

        var kandas = CsvFile.Read(Data("kandas.csv"));
        foreach (var row in kandas)
        {
            Assert.Equal(row.Number("arrivals"), s.Arrivals.Kandas.ArrivalsPerYear.At(new YearMonth((int)row.Number("year"), 6)));
        }

        var settlement = CsvFile.Read(Data("kandas_settlement.csv"));
        Assert.Equal(
            settlement.ToDictionary(r => r.Text("code"), r => r.Number("share")),
            s.Arrivals.Kandas.Settlement);
        var programme = CsvFile.Read(Data("relocation_regions.csv"));
        Assert.Equal(
            programme.Where(r => r.Text("role") == "surplus").Select(r => r.Text("code")).Order(),
            s.Levers.At(new YearMonth(2023, 1)).RelocationProgramme.Origins.Order());
        var shortage2024 = programme.Where(r => r.Text("role") == "shortage").Select(r => r.Text("code")).Order();
        Assert.Equal(shortage2024, s.Levers.At(new YearMonth(2024, 6)).RelocationProgramme.Destinations.Keys.Order());
    }

    [Fact]
    public void Observed_vital_rates_drive_the_paths_before_the_scenario_projection()
    {
        var ctx = Sim.Model.Engine.ModelContext.Create(ScenarioLoader.Load(RepositoryPaths.Baseline).WithScale(0.0001));
        var rates = CsvFile.Read(Data("vital_rates.csv"));
        foreach (var row in rates)
        {
            var month = new YearMonth((int)row.Number("year"), 7);
            Assert.Equal(row.Number("tfr"), ctx.Tfr.At(month));
            if (row.NumberOrNull("crude_death_rate_per_1000") is { } cdr && month.Year < 2025)
            {
                Assert.Equal(cdr, ctx.CrudeDeathRatePer1000.At(month));
            }

            if (row.NumberOrNull("crude_birth_rate_per_1000") is { } cbr)
            {
                Assert.Equal(cbr, ctx.CrudeBirthRatePer1000.At(month));
            }
        }

        Assert.Equal(2.57, ctx.Tfr.At(new YearMonth(2025, 12)));
        Assert.Equal(2.5, ctx.Tfr.At(new YearMonth(2026, 1)));
        Assert.Equal(double.Parse("6.6", CultureInfo.InvariantCulture), ctx.CrudeDeathRatePer1000.At(new YearMonth(2025, 3)));

        // After the last observed crude birth rate (2024: 18.15‰ at TFR 2.80) the rate follows the TFR path.
        Assert.Equal(18.15 * 2.57 / 2.80, ctx.CrudeBirthRatePer1000.At(new YearMonth(2025, 6)), 12);
        Assert.Equal(18.15 * 2.40 / 2.80, ctx.CrudeBirthRatePer1000.At(new YearMonth(2030, 1)), 12);
        var overridden = ScenarioLoader.Load(RepositoryPaths.Baseline).WithScale(0.0001);
        overridden = overridden with { Demography = overridden.Demography with { CrudeBirthRatePer1000 = new MonthSeries([new(new YearMonth(2026, 1), 15.0)]) } };
        var overriddenContext = Sim.Model.Engine.ModelContext.Create(overridden);
        Assert.Equal(15.0, overriddenContext.CrudeBirthRatePer1000.At(new YearMonth(2027, 1)));
        Assert.Equal(15.0, overriddenContext.CrudeBirthRatePer1000.At(new YearMonth(2030, 6)));
        Assert.Equal(18.15 * 2.57 / 2.80, overriddenContext.CrudeBirthRatePer1000.At(new YearMonth(2025, 6)), 12);
    }
}
