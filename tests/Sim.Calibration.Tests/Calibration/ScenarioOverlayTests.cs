using Sim.Calibration.Calibration;
using Sim.Calibration.Tests.Observed;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Calibration.Tests.Calibration;

public sealed class ScenarioOverlayTests
{
    [Fact]
    public void Keys_nest_by_their_dots_in_first_seen_order()
    {
        var yaml = ScenarioOverlay.Yaml("../base.yaml",
        [
            new("housing.rent_pressure_response", 1.5),
            new("relocation.stay_utility", -2.25),
            new("housing.rent_drift_per_year", 0.1),
            new("arrivals.origins.RU.transit_dwell_months", 0.75),
        ], "calibrated", "say \"hi\"", ["line one"]);
        Assert.Equal(
            """
            # line one
            name: calibrated
            description: "say \"hi\""
            extends: "../base.yaml"
            housing:
              rent_pressure_response: 1.5
              rent_drift_per_year: 0.1
            relocation:
              stay_utility: -2.25
            arrivals:
              origins:
                RU:
                  transit_dwell_months: 0.75

            """.ReplaceLineEndings("\n"), yaml.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_key_given_twice_or_as_value_and_map_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => ScenarioOverlay.Yaml("p", [new("a.b", 1), new("a.b", 2)]));
        Assert.Throws<ArgumentException>(() => ScenarioOverlay.Yaml("p", [new("a", 1), new("a.b", 2)]));
        Assert.Throws<ArgumentException>(() => ScenarioOverlay.Yaml("p", [new("a..b", 1)]));
    }

    [Fact]
    public void An_overlay_of_a_real_scenario_loads_with_the_overridden_values_and_keeps_the_rest()
    {
        using var folder = new TempFolder();
        var parent = RepositoryPaths.Combine("scenarios", "mobilisation-2022.yaml");
        var path = ScenarioOverlay.Write(Path.Combine(folder.Path, "candidate.yaml"), parent,
            [new("housing.rent_pressure_response", 1.234), new("relocation.beta_wage", 0.5)]);
        var original = ScenarioLoader.Load(parent);
        var scenario = ScenarioLoader.Load(path);
        Assert.Equal(1.234, scenario.Housing.RentPressureResponse);
        Assert.Equal(0.5, scenario.Relocation.BetaWage);
        Assert.Equal(1.234, ScenarioParameters.Read(scenario, "housing.rent_pressure_response"));
        Assert.Equal(original.Start, scenario.Start);
        Assert.Equal(original.Relocation.StayUtility, scenario.Relocation.StayUtility);
        Assert.Equal(original.Arrivals.Shocks.Count, scenario.Arrivals.Shocks.Count);
    }

    [Fact]
    public void Reading_a_missing_key_names_it()
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Combine("scenarios", "mobilisation-2022.yaml"));
        var e = Assert.Throws<KeyNotFoundException>(() => ScenarioParameters.Read(scenario, "housing.nothing"));
        Assert.Contains("housing.nothing", e.Message, StringComparison.Ordinal);
    }
}
