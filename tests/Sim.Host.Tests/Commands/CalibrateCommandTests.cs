using Sim.Calibration.Uncertainty;
using Sim.Host.Tests.Infrastructure;
using Sim.Scenarios;

namespace Sim.Host.Tests.Commands;

public sealed class CalibrateCommandTests
{
    private static string Mobilisation => RepositoryPaths.Scenario("mobilisation-2022.yaml");

    private static string Observed => RepositoryPaths.Combine("scenarios", "observed");

    [Fact]
    public async Task A_short_calibration_writes_a_loadable_file_with_every_declared_parameter()
    {
        using var temp = new TempFolder("calibrate");
        var target = temp.Combine("calibrated.yaml");

        var (code, output, error) = await CliHarness.RunAsync(
            ["calibrate", Mobilisation, Observed, "--out", target, "--parent", RepositoryPaths.Base, "--scale", "0.002", "--max-evaluations", "2", "--until", "2022-12"]);

        Assert.True(code == 0, error);
        Assert.Contains("parameters: " + string.Join(", ", ScenarioParameters.Calibrated.Select(p => p.KeyPath)), output, StringComparison.Ordinal);
        Assert.Equal(2, output.Split('\n').Count(l => l.StartsWith("eval ", StringComparison.Ordinal)));
        var calibrated = ScenarioLoader.Load(target);
        Assert.Equal("calibrated", calibrated.Name);
        var text = File.ReadAllText(target);
        Assert.All(ScenarioParameters.Calibrated, p => Assert.Contains(p.KeyPath[(p.KeyPath.LastIndexOf('.') + 1)..] + ": ", text, StringComparison.Ordinal));

        // The standard errors, one per parameter, beside the file, carrying its values and the calibration bounds.
        var uncertainty = UncertaintyFile.Read(temp.Combine("calibrated.uncertainty.csv"));
        Assert.Equal(ScenarioParameters.Calibrated.Select(p => p.KeyPath).Order(), uncertainty.Select(u => u.Key).Order());
        Assert.All(uncertainty, u => Assert.Equal(ScenarioParameters.Read(calibrated, u.Key), u.Value));
        Assert.All(uncertainty, u => Assert.Equal((u.Lower, u.Upper), (ScenarioParameters.Find(u.Key)!.Calibrated!.Lower, ScenarioParameters.Find(u.Key)!.Calibrated!.Upper)));
        Assert.Contains("standard errors from the objective's curvature at the best point (14 more evaluations)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--scale", "0", "--scale 0: allowed 0 < scale <= 2")]
    [InlineData("--seeds", "0", "--seeds 0")]
    [InlineData("--until", "late", "--until 'late': allowed a month YYYY-MM")]
    public async Task Bad_options_are_bad_input_and_nothing_is_written(string option, string value, string message)
    {
        using var temp = new TempFolder("calibrate");
        var target = temp.Combine("calibrated.yaml");
        var (code, _, error) = await CliHarness.RunAsync(["calibrate", Mobilisation, Observed, "--out", target, option, value]);
        Assert.Equal(2, code);
        Assert.Contains("sim calibrate: " + message, error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task A_missing_observed_folder_is_bad_input()
    {
        using var temp = new TempFolder("calibrate");
        var (code, _, error) = await CliHarness.RunAsync(["calibrate", Mobilisation, temp.Combine("nothing"), "--out", temp.Combine("c.yaml")]);
        Assert.Equal(2, code);
        Assert.StartsWith("sim calibrate: ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("c.yaml")));
    }

    [Fact]
    public async Task An_invalid_scenario_lists_its_problems_and_exits_2()
    {
        using var temp = new TempFolder("calibrate");
        var bad = temp.Write("bad.yaml", $"name: bad\nextends: {Mobilisation}\nhousing:\n  rent_pressure_response: 9\n");
        var (code, _, error) = await CliHarness.RunAsync(["calibrate", bad, Observed, "--out", temp.Combine("c.yaml"), "--parent", RepositoryPaths.Base]);
        Assert.Equal(2, code);
        Assert.Contains($"{bad}:4:", error, StringComparison.Ordinal);
        Assert.Contains("housing.rent_pressure_response", error, StringComparison.Ordinal);
    }
}
