using Sim.Model;

namespace Sim.Calibration.Backtest;

/// <summary>Settings of an in-process backtest over several seeds.</summary>
public sealed class BacktestOptions
{
    /// <summary>Seeds to run (each a full run of the scenario).</summary>
    public IReadOnlyList<ulong> Seeds { get; set; } = [1, 2, 3, 4, 5];

    /// <summary>Population scale; null keeps the scenario's.</summary>
    public double? Scale { get; set; }

    /// <summary>Last simulated month; null runs to the last month the observations need.</summary>
    public YearMonth? Until { get; set; }

    /// <summary>Whether regions are advanced in parallel inside a run (same results).</summary>
    public bool Parallel { get; set; } = true;
}
