namespace Sim.Reporting.Ensembles;

/// <summary>
/// The ensemble statistics of one value over members: five quantiles (type 7, see <see cref="Quantiles"/>) and the
/// arithmetic mean.
/// </summary>
/// <param name="P05">5th percentile.</param>
/// <param name="P10">10th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P90">90th percentile.</param>
/// <param name="P95">95th percentile.</param>
/// <param name="Mean">Arithmetic mean, summed in the order given (members sorted by seed).</param>
public readonly record struct QuantileSet(double P05, double P10, double P50, double P90, double P95, double Mean)
{
    /// <summary>The statistics of <paramref name="values"/> (at least one value, none NaN).</summary>
    public static QuantileSet Of(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("quantiles need at least one value", nameof(values));
        }

        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        Span<double> sorted = values.Length <= 256 ? stackalloc double[values.Length] : new double[values.Length];
        values.CopyTo(sorted);
        sorted.Sort();
        return new QuantileSet(
            Quantiles.Type7(sorted, 0.05), Quantiles.Type7(sorted, 0.10), Quantiles.Type7(sorted, 0.50),
            Quantiles.Type7(sorted, 0.90), Quantiles.Type7(sorted, 0.95), sum / values.Length);
    }
}
