namespace Sim.Reporting.Ensembles;

/// <summary>
/// Sample quantiles by Hyndman and Fan's definition 7 (the default of R's <c>quantile</c>, NumPy's
/// <c>percentile</c> and Excel's <c>PERCENTILE.INC</c>): for n sorted values x[0..n-1] and probability p,
/// h = (n - 1) p and Q(p) = x[⌊h⌋] + (h - ⌊h⌋)(x[⌊h⌋ + 1] - x[⌊h⌋]). Q(0) is the minimum, Q(1) the maximum, and
/// with one value every quantile is that value.
/// </summary>
public static class Quantiles
{
    /// <summary>Quantile <paramref name="p"/> (0..1) of values sorted ascending.</summary>
    public static double Type7(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("a quantile needs at least one value", nameof(sorted));
        }

        if (p is < 0 or > 1 || double.IsNaN(p))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "a probability is in [0, 1]");
        }

        var h = (sorted.Length - 1) * p;
        var low = (int)Math.Floor(h);
        if (low >= sorted.Length - 1)
        {
            return sorted[^1];
        }

        return sorted[low] + ((h - low) * (sorted[low + 1] - sorted[low]));
    }
}
