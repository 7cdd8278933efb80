using FsCheck;
using FsCheck.Fluent;
using Sim.Calibration.Fit;

namespace Sim.Calibration.Tests.Fit;

public sealed class FitMetricsTests
{
    [Fact]
    public void Ard_of_one_date_is_the_sum_of_absolute_differences_over_the_observed_sum()
    {
        // |110-100| + |190-200| + |300-300| = 20; observed sum 600 -> 1/30.
        var ard = FitMetrics.Ard([([110.0, 190.0, 300.0], [100.0, 200.0, 300.0])]);
        Assert.Equal(1.0 / 30.0, ard, 12);
    }

    [Fact]
    public void Ard_is_the_mean_over_dates_not_a_pooled_ratio()
    {
        // Date 1: |12-10| / 10 = 0.2. Date 2: (|95-100| + |905-900|) / 1000 = 0.01. Mean = 0.105.
        // (A pooled ratio would be 12/1010 = 0.0119.)
        var ard = FitMetrics.Ard(
        [
            ([12.0], [10.0]),
            ([95.0, 905.0], [100.0, 900.0]),
        ]);
        Assert.Equal(0.105, ard, 12);
    }

    [Fact]
    public void Ard_is_zero_for_a_perfect_fit_and_rejects_misaligned_or_empty_input()
    {
        Assert.Equal(0, FitMetrics.Ard([([5.0, 7.0], [5.0, 7.0])]));
        Assert.Throws<ArgumentException>(() => FitMetrics.Ard([]));
        Assert.Throws<ArgumentException>(() => FitMetrics.Ard([([1.0], [1.0, 2.0])]));
        Assert.Throws<ArgumentException>(() => FitMetrics.Ard([([1.0], [0.0])]));
    }

    [Fact]
    public void Ard_is_symmetric_in_over_and_under_prediction_and_scales_with_the_error()
    {
        Prop.ForAll(Gen.Choose(1, 1_000_000).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (obs, delta) =>
        {
            var over = FitMetrics.Ard([([obs + (double)delta], [obs])]);
            var under = FitMetrics.Ard([([obs - (double)delta], [obs])]);
            return Math.Abs(over - under) < 1e-12 && Math.Abs(over - ((double)delta / obs)) < 1e-12;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Sign_agreement_counts_matching_signs_and_a_zero_matches_neither()
    {
        double[] simulated = [35_000, -120, 0, 4, -9];
        int[] observed = [1, -1, -1, -1, 1];
        Assert.Equal(2, FitMetrics.SignAgreement(simulated, observed));
    }

    [Fact]
    public void Sign_agreement_rejects_bad_signs_and_misaligned_lists()
    {
        Assert.Throws<ArgumentException>(() => FitMetrics.SignAgreement([1.0], [0]));
        Assert.Throws<ArgumentException>(() => FitMetrics.SignAgreement([1.0, 2.0], [1]));
    }

    [Fact]
    public void Sign_agreement_of_values_with_their_own_signs_is_complete()
    {
        Prop.ForAll(Gen.Choose(-1000, 1000).Where(v => v != 0).ArrayOf().ToArbitrary(), values =>
            FitMetrics.SignAgreement(values.Select(v => (double)v).ToList(), values.Select(Math.Sign).ToList()) == values.Length
            && FitMetrics.SignAgreement(values.Select(v => (double)-v).ToList(), values.Select(Math.Sign).ToList()) == 0)
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Relative_error_is_signed()
    {
        Assert.Equal(0.05, FitMetrics.RelativeError(105, 100), 12);
        Assert.Equal(-0.3, FitMetrics.RelativeError(70_000, 100_000), 12);
    }
}
