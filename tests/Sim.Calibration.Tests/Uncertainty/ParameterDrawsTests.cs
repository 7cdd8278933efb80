using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Sim.Calibration.Uncertainty;
using Sim.Scenarios;

namespace Sim.Calibration.Tests.Uncertainty;

/// <summary>Members' parameter draws: inside the bounds, reproducible, member-specific, with the stored mean and spread.</summary>
public sealed class ParameterDrawsTests
{
    private static readonly ParameterUncertainty Beta = new("relocation.beta_wage", 0.7, 0.25, 0, 4, ParameterUncertainty.Curvature);

    [Fact]
    public void Draws_stay_inside_the_bounds_even_when_the_error_is_wider_than_the_range()
    {
        var wide = Beta with { StandardError = 10 };
        var values = Enumerable.Range(0, 2_000).Select(k => ParameterDraws.Draw(wide, 7, k)).ToList();

        Assert.All(values, v => Assert.InRange(v, 0, 4));
        // Truncating a very wide normal leaves nearly a uniform: both halves of the range are drawn.
        Assert.Contains(values, v => v > 3);
        Assert.Contains(values, v => v < 1);
    }

    [Fact]
    public void A_member_gets_the_same_values_again_and_other_members_other_values()
    {
        var first = ParameterDraws.Draw([Beta, Beta with { Key = "housing.rent_pressure_response" }], 20230101, 3);
        var again = ParameterDraws.Draw([Beta with { Key = "housing.rent_pressure_response" }, Beta], 20230101, 3);

        // Same (seed, member, key): same value whatever else is drawn and in which order.
        Assert.Equal(first[0].Value, again[1].Value);
        Assert.Equal(first[1].Value, again[0].Value);
        // Two parameters of one member are not the same uniform.
        Assert.NotEqual(first[0].Value, first[1].Value);
        var members = Enumerable.Range(0, 50).Select(k => ParameterDraws.Draw(Beta, 20230101, k)).ToList();
        Assert.Equal(50, members.Distinct().Count());
        Assert.NotEqual(ParameterDraws.Draw(Beta, 20230101, 0), ParameterDraws.Draw(Beta, 20230102, 0));
    }

    [Fact]
    public void Over_many_members_the_draws_have_the_stored_value_and_error_as_mean_and_spread()
    {
        // Bounds 20 standard errors away: the truncation is immaterial, so mean and sd are the stored ones.
        // 4,000 draws: the mean's standard error is sd/63, the sd's about sd/89; the bounds below are 5 of those.
        var seeds = Gen.Choose(0, int.MaxValue).Select(s => (ulong)s);
        var centres = Gen.Choose(-300, 300).Select(c => c / 100.0);
        var errors = Gen.Choose(1, 100).Select(e => e / 100.0);
        Prop.ForAll(seeds.ToArbitrary(), centres.ToArbitrary(), errors.ToArbitrary(), (seed, centre, error) =>
        {
            var d = new ParameterUncertainty("relocation.beta_wage", centre, error, centre - (20 * error), centre + (20 * error), ParameterUncertainty.Curvature);
            var values = Enumerable.Range(0, 4_000).Select(k => ParameterDraws.Draw(d, seed, k)).ToList();
            var mean = values.Average();
            var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
            return Math.Abs(mean - centre) < 5 * error / 63 && Math.Abs((sd / error) - 1) < 5.0 / 89;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(20).WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(12UL), FSharpOption<int>.None))));
    }

    [Fact]
    public void Truncation_gives_the_hand_computed_truncated_moments()
    {
        // Truncated to centre ± 1 sd: sd' = sd·√(1 − 2φ(1)/(Φ(1) − Φ(−1))) = sd·√(1 − 2·0.2419707/0.6826895) = 0.539545·sd.
        var symmetric = Beta with { Lower = 0.45, Upper = 0.95 };
        var values = Enumerable.Range(0, 20_000).Select(k => ParameterDraws.Draw(symmetric, 99, k)).ToList();
        var mean = values.Average();
        Assert.InRange(mean, 0.7 - 0.003, 0.7 + 0.003);
        Assert.InRange(Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1)), 0.539545 * 0.25 * 0.98, 0.539545 * 0.25 * 1.02);

        // Truncated below at the centre: mean' = centre + sd·φ(0)/(1 − Φ(0)) = centre + 0.797885·sd.
        var oneSided = Beta with { Lower = 0.7, Upper = 4 };
        var upper = Enumerable.Range(0, 20_000).Select(k => ParameterDraws.Draw(oneSided, 99, k)).Average();
        Assert.InRange(upper, 0.7 + (0.797885 * 0.25) - 0.005, 0.7 + (0.797885 * 0.25) + 0.005);
    }

    [Fact]
    public void Distributions_take_stored_errors_centred_on_the_scenario_and_the_fallback_for_the_rest()
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Combine("scenarios", "base.yaml"));
        var stored = new ParameterUncertainty("relocation.beta_wage", 9.9, 0.3, 0, 4, ParameterUncertainty.Curvature);

        var distributions = ParameterDraws.Distributions(scenario, [stored]);

        Assert.Equal(ScenarioParameters.Calibrated.Select(p => p.KeyPath).Order(), distributions.Select(d => d.Key).Order());
        var beta = Assert.Single(distributions, d => d.Key == "relocation.beta_wage");
        Assert.Equal((ScenarioParameters.Read(scenario, "relocation.beta_wage"), 0.3, ParameterUncertainty.Curvature), (beta.Value, beta.StandardError, beta.Source));
        var drift = Assert.Single(distributions, d => d.Key == "housing.rent_drift_per_year");
        // Calibration bounds [-0.1, 0.4]: the fallback is a tenth of the width.
        Assert.Equal((-0.1, 0.4, ParameterUncertainty.Fallback), (drift.Lower, drift.Upper, drift.Source));
        Assert.Equal(0.05, drift.StandardError, 12);
    }
}
