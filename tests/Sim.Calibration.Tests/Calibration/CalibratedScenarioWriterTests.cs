using Sim.Calibration.Calibration;
using Sim.Calibration.Tests.Observed;
using Sim.Calibration.Uncertainty;
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
    public void The_standard_errors_go_to_a_sidecar_beside_the_file_written_and_a_replaced_one_is_kept_with_the_backup()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "calibrated.yaml");
        var parent = RepositoryPaths.Combine("scenarios", "baseline.yaml");
        IReadOnlyList<ParameterUncertainty> Errors(double error) =>
        [
            new("housing.rent_pressure_response", 1.87654, error, 0, 4, ParameterUncertainty.Curvature),
            ParameterUncertainty.WithFallback("relocation.stay_utility", -2.123456789, -8, 0),
        ];

        CalibratedScenarioWriter.Write(target, parent, Result(1.87654), [], uncertainty: Errors(0.25));
        var beside = CalibratedScenarioWriter.Write(target, parent, Result(1.5), [], uncertainty: Errors(0.5));
        var replaced = CalibratedScenarioWriter.Write(target, parent, Result(1.2), [], replace: true, uncertainty: Errors(0.75));

        // The stored value is the one the YAML carries (four significant digits).
        var first = UncertaintyFile.Read(Path.Combine(folder.Path, "calibrated.backup-1.uncertainty.csv"));
        Assert.Equal([(1.877, 0.25), (-2.123, 0.8)], first.Select(u => (u.Value, u.StandardError)));
        Assert.Equal(0.5, UncertaintyFile.Read(UncertaintyFile.PathFor(beside.Path))[0].StandardError);
        Assert.Equal(Path.Combine(folder.Path, "calibrated-2.yaml"), beside.Path);
        Assert.Equal(0.75, UncertaintyFile.Read(Path.Combine(folder.Path, "calibrated.uncertainty.csv"))[0].StandardError);
        Assert.Equal(Path.Combine(folder.Path, "calibrated.backup-1.yaml"), replaced.Backup);
        Assert.Contains("calibrated.uncertainty.csv beside", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Equal(6, Directory.GetFiles(folder.Path).Length);
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

    [Fact]
    public void An_existing_file_is_kept_and_the_result_written_beside_it()
    {
        using var folder = new TempFolder();
        var target = folder.Write("calibrated.yaml", "previous");
        folder.Write("calibrated-2.yaml", "an earlier trial");
        var parent = RepositoryPaths.Combine("scenarios", "baseline.yaml");

        var written = CalibratedScenarioWriter.Write(target, parent, Result(1.5), []);

        Assert.Equal(Path.Combine(folder.Path, "calibrated-3.yaml"), written.Path);
        Assert.Null(written.Backup);
        Assert.True(written.WroteBeside(target));
        Assert.Equal("previous", File.ReadAllText(target));
        Assert.Equal("an earlier trial", File.ReadAllText(Path.Combine(folder.Path, "calibrated-2.yaml")));
        Assert.Equal(1.5, ScenarioLoader.Load(written.Path).Housing.RentPressureResponse);
        Assert.Equal(3, Directory.GetFiles(folder.Path).Length);
    }

    [Fact]
    public void Replace_keeps_the_previous_file_as_a_numbered_backup()
    {
        using var folder = new TempFolder();
        var target = folder.Write("calibrated.yaml", "previous");
        folder.Write("calibrated.backup-1.yaml", "older");
        var parent = RepositoryPaths.Combine("scenarios", "baseline.yaml");

        var written = CalibratedScenarioWriter.Write(target, parent, Result(1.5), [], replace: true);

        Assert.Equal(Path.GetFullPath(target), written.Path);
        Assert.Equal(Path.Combine(folder.Path, "calibrated.backup-2.yaml"), written.Backup);
        Assert.Equal("previous", File.ReadAllText(written.Backup!));
        Assert.Equal("older", File.ReadAllText(Path.Combine(folder.Path, "calibrated.backup-1.yaml")));
        Assert.Equal(1.5, ScenarioLoader.Load(target).Housing.RentPressureResponse);
        Assert.Equal(3, Directory.GetFiles(folder.Path).Length);
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
