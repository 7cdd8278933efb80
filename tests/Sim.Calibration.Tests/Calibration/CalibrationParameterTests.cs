using FsCheck;
using FsCheck.Fluent;
using Sim.Calibration.Calibration;

namespace Sim.Calibration.Tests.Calibration;

public sealed class CalibrationParameterTests
{
    private static readonly CalibrationParameter Elasticity = new("housing.rent_pressure_response", 0, 4, "test");

    [Fact]
    public void Every_unbounded_value_maps_inside_the_bounds()
    {
        Prop.ForAll(Gen.Choose(-40_000, 40_000).Select(i => i / 1000.0).ToArbitrary(), u =>
        {
            var x = Elasticity.FromUnbounded(u);
            return x >= 0 && x <= 4;
        }).QuickCheckThrowOnFailure();
        Assert.Equal(2, Elasticity.FromUnbounded(0), 12);
    }

    [Fact]
    public void The_transform_inverts_inside_the_bounds_and_clamps_at_them()
    {
        Prop.ForAll(Gen.Choose(1, 99).Select(i => i * 0.04).ToArbitrary(), x =>
            Math.Abs(Elasticity.FromUnbounded(Elasticity.ToUnbounded(x)) - x) < 1e-9).QuickCheckThrowOnFailure();
        Assert.Equal(0.04, Elasticity.FromUnbounded(Elasticity.ToUnbounded(0)), 9);   // 1% of the range inside
        Assert.Equal(3.96, Elasticity.FromUnbounded(Elasticity.ToUnbounded(10)), 9);
    }

    [Fact]
    public void The_default_parameters_are_numbers_of_the_scenario_schema_within_its_ranges()
    {
        Assert.All(CalibrationParameter.Defaults, p => p.Validate());
        Assert.Equal(CalibrationParameter.Defaults.Count, CalibrationParameter.Defaults.Select(p => p.Key).Distinct().Count());
    }

    [Fact]
    public void The_default_parameters_are_the_ones_declared_calibrated_on_the_scenario_records()
    {
        Assert.Equal(
            ["departure.intercept", "housing.rent_pressure_response", "housing.rent_drift_per_year", "relocation.beta_wage",
                "relocation.beta_distance", "relocation.stay_utility", "relocation.destination_size_weight"],
            CalibrationParameter.Defaults.Select(p => p.Key));
        var wage = CalibrationParameter.Defaults.Single(p => p.Key == "relocation.beta_wage");
        Assert.Equal((0.0, 4.0, "pull of high-wage regions"), (wage.Lower, wage.Upper, wage.Why));
    }

    [Theory]
    [InlineData("housing.rent_elastic", 0, 1, "is not a declared scenario parameter")]
    [InlineData("housing", 0, 1, "is not a real number")]
    [InlineData("housing.rent_pressure_response", 0, 9, "inside the declared")]
    [InlineData("housing.rent_pressure_response", 2, 1, "is not below upper bound")]
    [InlineData("legal_status.work_permit_months", 1, 12, "is not a real number")]
    [InlineData("arrivals.origins.<origin>.transit_dwell_months", 0, 6, "is not a real number")]
    public void Invalid_parameters_are_rejected(string key, double lower, double upper, string message)
    {
        var e = Assert.Throws<CalibrationInputException>(() => new CalibrationParameter(key, lower, upper, "x").Validate());
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }
}
