using Sim.Host.Tests.Infrastructure;

namespace Sim.Host.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Valid_scenarios_exit_0()
    {
        var (code, output, error) = await CliHarness.RunAsync(["validate", Path.Combine(CliHarness.RepoRoot, "scenarios", "baseline.yaml"), CliHarness.SmallScenario]);
        Assert.True(code == 0, error);
        Assert.Contains("baseline.yaml: ok", output, StringComparison.Ordinal);
        Assert.Contains("small.yaml: ok", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_problem_of_every_file_is_listed_with_file_line_column_key_value_and_allowed()
    {
        using var temp = new TempFolder("validate");
        var bad = temp.Combine("bad.yaml");
        File.WriteAllText(bad, $"name: bad\nextends: {CliHarness.SmallScenario}\nend: 2019-05\npopulation:\n  scale: -1\n");
        var missing = temp.Combine("missing.yaml");

        var (code, _, error) = await CliHarness.RunAsync(["validate", bad, missing]);

        Assert.Equal(2, code);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var scale = Assert.Single(lines, l => l.StartsWith($"{bad}:5:", StringComparison.Ordinal));
        Assert.Contains("population.scale", scale, StringComparison.Ordinal);
        Assert.Contains("value: -1", scale, StringComparison.Ordinal);
        Assert.Contains("allowed:", scale, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith($"{bad}:3:", StringComparison.Ordinal) && l.Contains("end", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{missing}:1:1:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_options_are_bad_input()
    {
        var (code, _, error) = await CliHarness.RunAsync(["run", CliHarness.SmallScenario, "--bogus"]);
        Assert.Equal(2, code);
        Assert.Contains("--bogus", error, StringComparison.Ordinal);
    }
}
