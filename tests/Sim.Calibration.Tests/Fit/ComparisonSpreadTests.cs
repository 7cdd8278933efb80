using Sim.Calibration.Fit;

namespace Sim.Calibration.Tests.Fit;

public sealed class ComparisonSpreadTests
{
    private static FitComparison Births(double simulated) =>
        new("births_2022", "births", "persons", 100_000, simulated, FitCheck.WithinRelative, 0.02, "sum");

    [Fact]
    public void Median_min_max_and_runs_passing_of_five_seeds()
    {
        var spread = new ComparisonSpread(Births(0), [103_000, 99_000, 101_500, 97_000, 100_500]);
        Assert.Equal(100_500, spread.Median);
        Assert.Equal(97_000, spread.Min);
        Assert.Equal(103_000, spread.Max);
        Assert.True(spread.PassAtMedian);
        Assert.Equal(3, spread.RunsPassing); // 99,000, 101,500 and 100,500 are within ±2%
    }

    [Fact]
    public void Median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        Assert.Equal(2.5, ComparisonSpread.MedianOf([4, 1, 3, 2]));
    }

    [Theory]
    [InlineData(FitCheck.AtMost, 0.005, 0.004, true)]
    [InlineData(FitCheck.AtMost, 0.005, 0.0051, false)]
    [InlineData(FitCheck.AtLeast, 18, 18, true)]
    [InlineData(FitCheck.AtLeast, 18, 17, false)]
    [InlineData(FitCheck.WithinDifference, 10, 38, true)]
    [InlineData(FitCheck.WithinDifference, 10, 17.9, false)]
    public void Checks_compare_with_their_tolerance(FitCheck check, double tolerance, double simulated, bool pass)
    {
        var c = new FitComparison("x", "x", "% points", 28, simulated, check, tolerance, "m");
        Assert.Equal(pass, c.Pass);
    }

    [Fact]
    public void Informational_comparisons_neither_pass_nor_fail()
    {
        Assert.Null(new FitComparison("x", "x", "persons", 1, 2, FitCheck.None, 0, "m").Pass);
    }
}
