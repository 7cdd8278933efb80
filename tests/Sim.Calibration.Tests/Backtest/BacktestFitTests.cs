using Sim.Calibration.Backtest;
using Sim.Calibration.Fit;
using Sim.Calibration.Observed;
using Sim.Scenarios;

namespace Sim.Calibration.Tests.Backtest;

/// <summary>
/// The mobilisation-2022 backtest at a small scale must stay within loose bounds of the observed data, so that a
/// regression of the model (or of the scenario files) shows up in CI. The bounds are wider than the targets
/// (README, "How well it fits") because one seed at 1:100 carries sampling noise of several percent.
/// </summary>
public sealed class BacktestFitTests
{
    private static readonly FitTolerances Loose = new(PopulationArd: 0.012, VitalEventsRelative: 0.05, SignShare: 0.75,
        RussiansRemainingRelative: 0.5, RentPoints: 20);

    private static readonly Lazy<FitSummary> Summary = new(() => BacktestRunner.Run(
        ScenarioLoader.Load(RepositoryPaths.Combine("scenarios", "mobilisation-2022.yaml")),
        ObservedDataLoader.Load(RepositoryPaths.Combine("scenarios", "observed")),
        new BacktestOptions { Seeds = [1], Scale = 0.01 },
        Loose));

    [Fact]
    public void Every_target_of_the_backtest_is_within_the_loose_bounds()
    {
        var failing = Summary.Value.Targets.Where(t => t.PassAtMedian != true)
            .Select(t => $"{t.Comparison.Target}: observed {t.Comparison.Observed}, simulated {t.Median} ({t.Comparison.Criterion})").ToList();
        Assert.True(failing.Count == 0, "outside the loose bounds:\n" + string.Join("\n", failing));
    }

    [Fact]
    public void The_backtest_compares_every_target_of_the_issue()
    {
        var ids = Summary.Value.Targets.Select(t => t.Comparison.Id).ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            "population_ard_2023-01-01", "births_2022", "deaths_2022", "net_migration_signs_2022", "russians_remaining_2022-11-30",
            "rent_AST_2022-11-03_vs_2022-09-01", "rent_ALA_2022-11-03_vs_2022-09-01",
        }, ids);
    }

    [Fact]
    public void The_start_population_is_the_observed_one_and_the_shock_reaches_the_russian_stock()
    {
        var fit = Summary.Value.Runs[0];
        Assert.True(fit.Find("population_ard_2022-01-01")!.Simulated < 0.001);
        var remaining = fit.Series.Single(s => s.Id == "russians").Simulated["simulated remaining"];
        Assert.True(remaining.Single(p => p.Date == new DateOnly(2022, 11, 1)).Value > 50_000);
        Assert.True(Math.Abs(remaining.Single(p => p.Date == new DateOnly(2022, 9, 1)).Value) < 1e-9);
    }
}
