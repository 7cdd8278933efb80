namespace Sim.Calibration.Fit;

/// <summary>The fit of one or more runs of the same scenario (seeds): per-comparison spreads.</summary>
public sealed class FitSummary
{
    /// <summary>Summarises runs; every run must have the same comparisons.</summary>
    public FitSummary(IReadOnlyList<FitResult> runs)
    {
        if (runs.Count == 0)
        {
            throw new ArgumentException("no runs to summarise", nameof(runs));
        }

        Runs = runs;
        Spreads = runs[0].Comparisons.Select(c => new ComparisonSpread(c, runs.Select(r =>
            (r.Find(c.Id) ?? throw new InvalidOperationException($"run '{r.Label}' lacks comparison '{c.Id}'")).Simulated).ToList())).ToList();
    }

    /// <summary>The runs, in order.</summary>
    public IReadOnlyList<FitResult> Runs { get; }

    /// <summary>One spread per comparison, in the first run's order (targets first).</summary>
    public IReadOnlyList<ComparisonSpread> Spreads { get; }

    /// <summary>The spreads of the comparisons that pass or fail.</summary>
    public IEnumerable<ComparisonSpread> Targets => Spreads.Where(s => s.Comparison.Check != FitCheck.None);

    /// <summary>Whether every target passes at the median.</summary>
    public bool AllTargetsPass => Targets.All(s => s.PassAtMedian == true);
}
