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
    public void The_model_takes_quotas_kandas_and_programme_regions_from_the_data_files()
    {
        var ctx = Sim.Model.Engine.ModelContext.Create(ScenarioLoader.Load(RepositoryPaths.Baseline).WithScale(0.0001));
        double[] Places(int year) => ctx.Regions.Select((r, i) => ctx.QuotasAt(new YearMonth(year, 6)).RelocationDestinations[i]).ToArray();
        double Place(int year, string code) => Places(year)[ctx.RegionIndex(code)];

        // quotas.csv, national rows; the last year (2026) stays in force.
        Assert.Equal(6727, ctx.QuotasAt(new YearMonth(2023, 6)).RelocationQuotaPerYear);
        Assert.Equal(7344, ctx.QuotasAt(new YearMonth(2025, 6)).RelocationQuotaPerYear);
        Assert.Equal(5997, ctx.QuotasAt(new YearMonth(2030, 6)).RelocationQuotaPerYear);
        Assert.Equal(1925, ctx.QuotasAt(new YearMonth(2023, 6)).KandasQuotaPerYear);
        Assert.Equal(3033, ctx.QuotasAt(new YearMonth(2024, 6)).KandasQuotaPerYear);
        Assert.All(ctx.QuotasAt(new YearMonth(2023, 6)).WorkPermitShare, share => Assert.Equal(0.002 + 0.033, share, 12));
        Assert.All(ctx.QuotasAt(new YearMonth(2025, 6)).WorkPermitShare, share => Assert.Equal(0.002 + 0.03, share, 12));

        // Places: Pavlodar 2,841 and North Kazakhstan 2,660 of the 6,727 of 2023; Kostanay and East Kazakhstan share
        // the other 1,226; from 2024 the four regions listed later share it too (relocation_regions.csv).
        Assert.Equal(2841, Place(2023, "PAV"));
        Assert.Equal(2660, Place(2023, "SKO"));
        Assert.Equal(613, Place(2023, "KUS"), 9);
        Assert.Equal(613, Place(2023, "VKO"), 9);
        Assert.Equal(0, Place(2023, "ABA"));
        Assert.Equal(1226 / 6.0, Place(2024, "ULY"), 9);
        Assert.Equal(6727, Places(2026).Sum(), 9);
        var origins = ctx.QuotasAt(new YearMonth(2023, 6)).RelocationOrigins;
        Assert.Equal(["ALM", "KZY", "MAN", "SHY", "TUR", "ZHA"], ctx.Regions.Where((r, i) => origins[i]).Select(r => r.Code).Order());

        // kandas.csv then the scenario's series; kandas_settlement.csv then the rest by population.
        Assert.Equal(19178, ctx.KandasArrivalsPerYear.At(new YearMonth(2022, 6)));
        Assert.Equal(12325, ctx.KandasArrivalsPerYear.At(new YearMonth(2024, 6)));
        Assert.Equal(16805, ctx.KandasArrivalsPerYear.At(new YearMonth(2025, 6)));
        Assert.Equal(16000, ctx.KandasArrivalsPerYear.At(new YearMonth(2027, 6)));
        Assert.Equal(0.27, ctx.KandasSettlement[ctx.RegionIndex("ALM")]);
        Assert.Equal(0.11, ctx.KandasSettlement[ctx.RegionIndex("AST")]);
        Assert.Equal(1, ctx.KandasSettlement.Sum(), 9);
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
