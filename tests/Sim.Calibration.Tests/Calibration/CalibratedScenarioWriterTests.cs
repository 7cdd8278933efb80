using Sim.Calibration.Calibration;
using Sim.Calibration.Tests.Observed;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Calibration.Tests.Calibration;

public sealed class CalibratedScenarioWriterTests
{
    private static CalibrationResult Result(double elasticity) => new(
        [new("housing.rent_pressure_response", 0, 4, "rents"), new("relocation.stay_utility", -8, 0, "moves")],
        [1, -3.2], [elasticity, -2.123456789], 10, 5, [new ObjectiveTerm("x", 5)], 42, false);

    [Fact]
    public void The_calibrated_file_extends_its_parent_by_a_relative_path_and_loads()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "calibrated.yaml");
        var parent = RepositoryPaths.Combine("scenarios", "baseline.yaml");
        CalibratedScenarioWriter.Write(target, parent, Result(1.87654), ["fitted in a test"]);

        var text = File.ReadAllText(target);
        Assert.Contains("extends: \"" + Path.GetRelativePath(folder.Path, parent) + "\"", text, StringComparison.Ordinal);
        Assert.Contains("# fitted in a test", text, StringComparison.Ordinal);
        Assert.Contains("after 42 evaluations (budget spent)", text, StringComparison.Ordinal);
        var scenario = ScenarioLoader.Load(target);
        Assert.Equal("calibrated", scenario.Name);
        Assert.Equal(1.877, scenario.Housing.RentPressureResponse);   // four significant digits
        Assert.Equal(-2.123, scenario.Relocation.StayUtility);
        Assert.Equal(ScenarioLoader.Load(parent).Relocation.BetaWage, scenario.Relocation.BetaWage);
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void A_file_that_does_not_validate_leaves_the_target_untouched()
    {
        using var folder = new TempFolder();
        var target = folder.Write("calibrated.yaml", "previous");
        var parent = RepositoryPaths.Combine("scenarios", "baseline.yaml");

        // 7 is outside the schema's range of rent_pressure_response (0..5): the loader rejects it.
        Assert.Throws<ScenarioValidationException>(() => CalibratedScenarioWriter.Write(target, parent, Result(7), []));
        Assert.Equal("previous", File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Theory]
    [InlineData(1.87654, 1.877)]
    [InlineData(-0.0123456, -0.01235)]
    [InlineData(-4.56789, -4.568)]
    [InlineData(123.456, 123.5)]
    [InlineData(0, 0)]
    public void Values_keep_four_significant_digits(double value, double rounded)
    {
        Assert.Equal(rounded, CalibratedScenarioWriter.Round(value), 12);
    }
}
