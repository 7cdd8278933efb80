using Sim.Scenarios;

namespace Sim.Scenarios.Tests;

/// <summary>Command-line overrides and an ensemble member's parameter values applied to the typed scenario.</summary>
public sealed class ScenarioOverridesTests
{
    [Fact]
    public void Parameters_are_set_by_key_path_with_the_seed_and_nothing_else_changes()
    {
        var baseline = ScenarioLoader.Load(RepositoryPaths.Baseline);

        var member = new ScenarioOverrides(7, null, null, Parameters: [new("relocation.beta_wage", 1.25), new("housing.rent_drift_per_year", -0.05)]).Apply(baseline);

        Assert.Equal((7UL, 1.25, -0.05), (member.Seed, member.Relocation.BetaWage, member.Housing.RentDriftPerYear));
        Assert.Equal(baseline.Relocation.BetaDistance, member.Relocation.BetaDistance);
        Assert.Equal(baseline with { Seed = 7, Relocation = member.Relocation, Housing = member.Housing }, member);
        Assert.Equal(baseline.Relocation with { BetaWage = 1.25 }, member.Relocation);
    }

    [Theory]
    [InlineData("relocation.beta_wage", 25.0, "parameter relocation.beta_wage = 25: 'relocation.beta_wage' takes a real number in -20..20")]
    [InlineData("relocation.no_such_key", 1.0, "parameter relocation.no_such_key = 1: ")]
    public void A_value_outside_the_declared_range_or_an_unknown_key_is_refused_in_one_line(string key, double value, string message)
    {
        var baseline = ScenarioLoader.Load(RepositoryPaths.Baseline);

        var e = Assert.Throws<ScenarioOverrideException>(() => new ScenarioOverrides(null, null, null, Parameters: [new(key, value)]).Apply(baseline));

        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(1.5)]
    [InlineData(1.0)]
    public void A_scale_up_to_two_agents_per_person_is_taken_with_its_weight(double scale)
    {
        var baseline = ScenarioLoader.Load(RepositoryPaths.Baseline);

        var scaled = new ScenarioOverrides(null, scale, null).Apply(baseline);

        Assert.Equal(scale, scaled.Population.Scale);
        Assert.Equal(baseline with { Population = baseline.Population with { Scale = scale } }, scaled);
        Assert.Equal(1 / scale, Sim.Model.Engine.ModelContext.Create(scaled).Weight);
    }

    [Theory]
    [InlineData(2.0001, "--scale 2.0001: allowed 0 < scale <= 2")]
    [InlineData(0.0, "--scale 0: allowed 0 < scale <= 2")]
    [InlineData(-1.0, "--scale -1: allowed 0 < scale <= 2")]
    [InlineData(double.NaN, "--scale NaN: allowed 0 < scale <= 2")]
    public void A_scale_outside_zero_to_two_is_refused_in_one_line(double scale, string message)
    {
        var baseline = ScenarioLoader.Load(RepositoryPaths.Baseline);

        var e = Assert.Throws<ScenarioOverrideException>(() => new ScenarioOverrides(null, scale, null).Apply(baseline));

        Assert.Equal(message, e.Message);
    }
}
