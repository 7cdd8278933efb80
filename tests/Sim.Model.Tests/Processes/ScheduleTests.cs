using Sim.Model.Population;
using Sim.Model.Processes;

namespace Sim.Model.Tests.Processes;

public sealed class ScheduleTests
{
    [Fact]
    public void Mortality_schedule_is_fitted_to_life_expectancy_by_sex()
    {
        var d = Shared.Baseline.Demography;
        var m = MortalitySchedule.Create(d);
        Assert.Equal(d.LifeExpectancyMenYears, m.LifeExpectancy(Sex.Male), 2);
        Assert.Equal(d.LifeExpectancyWomenYears, m.LifeExpectancy(Sex.Female), 2);
        Assert.Equal(d.InfantMortalityPer1000 / 1000, m.Annual(Sex.Male, 0), 12);
        Assert.Equal(1, m.Annual(Sex.Female, MortalitySchedule.MaxAge));
        for (var x = 2; x < MortalitySchedule.MaxAge; x++)
        {
            Assert.True(m.Annual(Sex.Male, x) > m.Annual(Sex.Male, x - 1)); // Gompertz rises with age
            Assert.True(m.Annual(Sex.Male, x) > m.Annual(Sex.Female, x)); // men die younger
        }

        // q(x) = 1 − exp(−(a/b)·e^{bx}·(e^b − 1) − c) at x = 60.
        var a = m.Level(Sex.Male);
        var expected = 1 - Math.Exp(-((a / d.GompertzSlope) * Math.Exp(d.GompertzSlope * 60) * (Math.Exp(d.GompertzSlope) - 1)) - d.MakehamConstant);
        Assert.Equal(expected, m.Annual(Sex.Male, 60), 12);
        Assert.Equal(1 - Math.Pow(1 - expected, 1.0 / 12), m.Monthly(Sex.Male, 60), 12);
    }

    [Fact]
    public void Fertility_shares_sum_to_one_and_follow_the_hadwiger_shape()
    {
        var d = Shared.Baseline.Demography;
        var f = FertilitySchedule.Create(d);
        var sum = Enumerable.Range(0, 60).Sum(f.Share);
        Assert.Equal(1, sum, 12);
        Assert.Equal(0, f.Share(d.FertilityMinAgeYears - 1));
        Assert.Equal(0, f.Share(d.FertilityMaxAgeYears + 1));
        Assert.InRange(f.MeanAge, d.FertilityMeanAgeYears - 1.5, d.FertilityMeanAgeYears + 2.5);
        // Ratio of two ages equals the ratio of the unnormalised Hadwiger function.
        double H(double x) => (d.FertilitySpread / d.FertilityMeanAgeYears) * Math.Pow(d.FertilityMeanAgeYears / x, 1.5)
            * Math.Exp(-d.FertilitySpread * d.FertilitySpread * ((d.FertilityMeanAgeYears / x) + (x / d.FertilityMeanAgeYears) - 2));
        Assert.Equal(H(25.5) / H(35.5), f.Share(25) / f.Share(35), 10);
    }

    [Fact]
    public void Stable_age_structure_matches_the_child_share()
    {
        var ctx = Shared.Context(0.0001);
        Assert.Equal(Shared.Baseline.Population.ChildShare0To14, ctx.AgeStructure.ShareOfAges(0, 14), 6);
        Assert.Equal(1, ctx.AgeStructure.Shares.Sum(), 9);
        Assert.InRange(ctx.AgeStructure.ShareOfAges(65, 110), 0.05, 0.15);
    }
}
