namespace Sim.Calibration.Fit;

/// <summary>One comparison over several runs (seeds): the spread of the simulated value.</summary>
/// <param name="Comparison">The comparison of the first run (observed value, check, mapping).</param>
/// <param name="Values">The simulated value of each run, in run order.</param>
public sealed record ComparisonSpread(FitComparison Comparison, IReadOnlyList<double> Values)
{
    /// <summary>Smallest simulated value.</summary>
    public double Min => Values.Min();

    /// <summary>Largest simulated value.</summary>
    public double Max => Values.Max();

    /// <summary>Median simulated value (mean of the middle two for an even count).</summary>
    public double Median => MedianOf(Values);

    /// <summary>The comparison judged at the median.</summary>
    public bool? PassAtMedian => Comparison.Passes(Median);

    /// <summary>Runs whose own value passes.</summary>
    public int RunsPassing => Values.Count(v => Comparison.Passes(v) == true);

    /// <summary>Median of a non-empty list.</summary>
    public static double MedianOf(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("no values", nameof(values));
        }

        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
