using System.Diagnostics;
using Sim.Calibration.Calibration;
using Sim.Calibration.Fit;
using Sim.Calibration.Observed;
using Sim.Model.Scenarios;

namespace Sim.Calibration.Backtest;

/// <summary>
/// Runs a scenario in process for several seeds (the model's SequentialDriver, no Parquet) and evaluates each
/// run's fit: the seed-to-seed spread of every target is the backtest's sampling uncertainty.
/// </summary>
public static class BacktestRunner
{
    /// <summary>Runs every seed; <paramref name="onRun"/> hears of each finished run (label, seconds).</summary>
    public static FitSummary Run(Scenario scenario, ObservedData observed, BacktestOptions options,
        FitTolerances? tolerances = null, Action<FitResult, double>? onRun = null)
    {
        if (options.Seeds.Count == 0)
        {
            throw new ArgumentException("a backtest needs at least one seed", nameof(options));
        }

        if (options.Scale is { } scale)
        {
            scenario = scenario.WithScale(scale);
        }

        var until = options.Until ?? Horizon.LastMonthNeeded(observed, scenario.Start, scenario.End);
        var results = new List<FitResult>();
        foreach (var seed in options.Seeds)
        {
            var watch = Stopwatch.StartNew();
            var table = InProcessRun.Run(scenario.WithSeed(seed), until, options.Parallel);
            var fit = FitEvaluator.Evaluate($"seed {seed}", table, observed, tolerances);
            results.Add(fit);
            onRun?.Invoke(fit, watch.Elapsed.TotalSeconds);
        }

        return new FitSummary(results);
    }
}
