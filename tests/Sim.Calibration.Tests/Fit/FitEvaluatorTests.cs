using Sim.Calibration.Fit;
using Sim.Calibration.Observed;
using Sim.Calibration.Tests.Observed;

namespace Sim.Calibration.Tests.Fit;

public sealed class FitEvaluatorTests : IDisposable
{
    private readonly TempFolder _folder = ObservedFiles.Create();
    private readonly FitResult _fit;

    public FitEvaluatorTests() =>
        _fit = FitEvaluator.Evaluate("synthetic", SyntheticRun.Table(), ObservedDataLoader.Load(_folder.Path));

    public void Dispose() => _folder.Dispose();

    private FitComparison Get(string id) => _fit.Find(id) ?? throw new KeyNotFoundException(id + " in " + string.Join(", ", _fit.Comparisons.Select(c => c.Id)));

    [Fact]
    public void Population_ard_on_1_jan_2023_uses_the_end_of_december_and_the_de_jure_proxy()
    {
        // De jure AAA: 1120 present - 91 temporary foreigners at the end of December + 11 at the end of the first
        // step = 1040; BBB keeps 2 temporary foreigners: 1940. |1040 - 1100| + |1940 - 1950| over 3050.
        var c = Get("population_ard_2023-01-01");
        Assert.Equal(70.0 / 3050, c.Simulated, 12);
        Assert.Equal(FitCheck.AtMost, c.Check);
        Assert.False(c.Pass);
        Assert.Equal(30.0 / 3050, Get("population_ard_present_2023-01-01").Simulated, 12); // |1120 - 1100| + |1940 - 1950|
        Assert.Equal(3060, Get("population_total_present_2023-01-01").Simulated);
        Assert.Equal(2980, Get("population_total_2023-01-01").Simulated);
        Assert.Equal(0, Get("population_ard_2022-01-01").Simulated);
        Assert.Equal(FitCheck.None, Get("population_ard_2022-01-01").Check); // the start is an input
        Assert.Equal(70.0 / 3050 / 2, Get("population_ard").Simulated, 12); // mean over the two dates
    }

    [Fact]
    public void Births_and_deaths_sum_the_years_steps()
    {
        Assert.Equal(60, Get("births_2022").Simulated);
        Assert.True(Get("births_2022").Pass);
        Assert.Equal(24, Get("deaths_2022").Simulated);
        Assert.Equal(0.2, Get("deaths_2022").Error, 12);
        Assert.False(Get("deaths_2022").Pass);
    }

    [Fact]
    public void Internal_migration_compares_signs_and_known_values()
    {
        var signs = Get("net_migration_signs_2022");
        Assert.Equal(2, signs.Simulated);
        Assert.Equal(2, signs.Tolerance); // ceil(0.9 * 2)
        Assert.True(signs.Pass);
        Assert.Equal(48, Get("net_migration_AAA_2022").Simulated);
        var growth = Get("growth_besides_internal_AAA_2022");
        Assert.Equal(50, growth.Observed); // 1100 - 1000 - 50
        Assert.Equal(-8, growth.Simulated); // de jure 1040 - 1000 - 48
        var moves = Get("internal_moves_2022");
        Assert.Equal(120, moves.Observed);
        Assert.Equal(12 * (1 + 2), moves.Simulated); // moves_out: 1 (AAA) + 2 (BBB) a month
        var table = _fit.Regional.Single(t => t.Title.StartsWith("Net internal migration", StringComparison.Ordinal));
        Assert.Equal(-24, table.Rows.Single(r => r.Region == "BBB").Simulated);
        Assert.Equal(-1, table.Rows.Single(r => r.Region == "BBB").ObservedSign);
    }

    [Fact]
    public void Russians_are_counted_from_the_september_step_against_the_end_of_august()
    {
        var remaining = Get("russians_remaining_2022-11-30");
        Assert.Equal(120, remaining.Simulated); // 130 at the end of November - 10 at the end of August
        Assert.Equal(0.2, remaining.Error, 12);
        Assert.True(remaining.Pass);
        Assert.Equal(206, Get("russians_entered_2022-10-04").Simulated, 9); // 200 + 62 * 3/31
        Assert.Equal(103, Get("russians_exited_2022-10-04").Simulated, 9); // 100 + 31 * 3/31
        Assert.Equal(53, Get("russians_net_2022-10-04").Observed);
        Assert.Equal(100 + (150.0 / 31), Get("russians_net_2022-10-04").Simulated, 9);
    }

    [Fact]
    public void Rent_rises_compare_the_index_between_the_two_days_in_points()
    {
        var rent = Get("rent_AAA_2022-11-03_vs_2022-09-01");
        Assert.Equal(22, rent.Simulated, 9); // 1.2 + 0.3 * 2/30 = 1.22 over 1.0 at the end of August
        Assert.Equal(-6, rent.Error, 9);
        Assert.Equal(FitCheck.WithinDifference, rent.Check);
        Assert.True(rent.Pass);
    }

    [Fact]
    public void Observations_outside_the_run_are_listed_as_skipped()
    {
        Assert.Contains(_fit.Skipped, s => s.Contains("rents national 2022-08-01 vs 2021-08-01", StringComparison.Ordinal));
        Assert.Null(_fit.Find("rent_national_2022-08-01_vs_2021-08-01"));
    }

    [Fact]
    public void Targets_come_first_and_every_comparison_says_how_dates_were_mapped()
    {
        var firstInformation = _fit.Comparisons.ToList().FindIndex(c => c.Check == FitCheck.None);
        Assert.True(_fit.Comparisons.Skip(firstInformation).All(c => c.Check == FitCheck.None));
        Assert.All(_fit.Comparisons, c => Assert.False(string.IsNullOrWhiteSpace(c.Mapping)));
        Assert.Contains("end of step 2022-12", Get("population_ard_2023-01-01").Mapping, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_hold_the_russian_and_rent_series()
    {
        var russians = _fit.Series.Single(s => s.Id == "russians");
        Assert.Equal(13, russians.Simulated["simulated remaining"].Count); // 1 Jan 2022 and 12 step ends
        Assert.Equal(new DatedValue(new DateOnly(2022, 12, 1), 120), russians.Simulated["simulated remaining"][11]);
        Assert.Equal(new DatedValue(new DateOnly(2022, 9, 1), 0), russians.Simulated["simulated entered"][0]);
        var rents = _fit.Series.Single(s => s.Id == "rents");
        Assert.Equal(150, rents.Simulated["simulated AAA"].Single(p => p.Date == new DateOnly(2022, 12, 1)).Value, 9);
        Assert.Equal([new DatedValue(new DateOnly(2022, 9, 1), 100), new DatedValue(new DateOnly(2022, 11, 3), 128)], rents.Observed["reported AAA"]);
    }
}
