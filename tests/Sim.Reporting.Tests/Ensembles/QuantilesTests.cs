using Sim.Reporting.Ensembles;

namespace Sim.Reporting.Tests.Ensembles;

public sealed class QuantilesTests
{
    [Fact]
    public void Type_7_interpolates_between_order_statistics()
    {
        // n = 5: h = 4p. p05: h = 0.2 -> 10 + 0.2 * (20 - 10) = 12; p90: h = 3.6 -> 40 + 0.6 * 10 = 46.
        var set = QuantileSet.Of([50, 10, 40, 20, 30]);
        Assert.Equal(12, set.P05, 12);
        Assert.Equal(14, set.P10, 12);
        Assert.Equal(30, set.P50, 12);
        Assert.Equal(46, set.P90, 12);
        Assert.Equal(48, set.P95, 12);
        Assert.Equal(30, set.Mean, 12);
    }

    [Fact]
    public void Ends_and_single_values_and_ties()
    {
        double[] sorted = [1, 2, 2, 7];
        Assert.Equal(1, Quantiles.Type7(sorted, 0));
        Assert.Equal(7, Quantiles.Type7(sorted, 1));
        Assert.Equal(2, Quantiles.Type7(sorted, 0.5));

        // n = 4: p95 -> h = 2.85 -> 2 + 0.85 * 5 = 6.25 (R: quantile(c(1,2,2,7), 0.95) = 6.25).
        Assert.Equal(6.25, Quantiles.Type7(sorted, 0.95), 12);
        var one = QuantileSet.Of([3.5]);
        Assert.Equal(new QuantileSet(3.5, 3.5, 3.5, 3.5, 3.5, 3.5), one);
    }

    [Fact]
    public void Empty_input_and_bad_probabilities_are_refused()
    {
        Assert.Throws<ArgumentException>(() => QuantileSet.Of([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantiles.Type7([1.0, 2.0], 1.5));
    }
}
