using Sim.Model;

namespace Sim.Scenarios.Tests;

/// <summary>Extends chains reported first and alone, dates inside the model's period, usable names, scales that give every region agents.</summary>
public sealed class ScenarioInputCheckTests
{
    [Fact]
    public void A_missing_parent_is_reported_alone()
    {
        using var dir = new TempFolder("inputs");
        var file = dir.Write("x.yaml", "name: x\nstart: 1900-01\nextends: nowhere.yaml\nseed: -4\n");

        var error = Assert.Single(ScenarioLoader.Validate(file));

        Assert.Equal(("extends", 3, 10), (error.KeyPath, error.Line, error.Column));
        Assert.Contains("file 'nowhere.yaml' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_extending_itself_is_reported_alone()
    {
        using var dir = new TempFolder("inputs");
        var file = dir.Write("self.yaml", "name: self\nextends: self.yaml\n");

        var error = Assert.Single(ScenarioLoader.Validate(file));

        Assert.Equal("extends names this file itself ('self.yaml')", error.Message);
    }

    [Fact]
    public void A_cycle_is_reported_alone_where_it_closes()
    {
        using var dir = new TempFolder("inputs");
        dir.Write("a.yaml", "name: a\nextends: b.yaml\n");
        var b = dir.Write("b.yaml", "name: b\nextends: a.yaml\nbogus: 1\n");

        var error = Assert.Single(ScenarioLoader.Validate(dir.Combine("a.yaml")));

        Assert.Equal(b, Path.GetFullPath(error.File));
        Assert.Equal("extends cycle: 'a.yaml' is already in the chain", error.Message);
    }

    [Fact]
    public void A_parent_with_invalid_yaml_is_reported_alone()
    {
        using var dir = new TempFolder("inputs");
        dir.Write("p.yaml", "name: p\nseed: [1\n");
        var error = Assert.Single(ScenarioLoader.Validate(dir.Write("c.yaml", "name: c\nextends: p.yaml\n")));
        Assert.Contains("invalid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_outside_the_model_period_are_refused_with_the_period()
    {
        using var dir = new TempFolder("inputs");
        var file = dir.Write("x.yaml", $"""
            name: x
            extends: {RepositoryPaths.Baseline}
            start: 1900-01
            end: 2200-12
            levers:
              enforcement:
                2199-01: {"{"}detection_rate: 0.1{"}"}
            demography:
              tfr: {"{"}2021-12: 3.3{"}"}
            """);

        var errors = ScenarioLoader.Validate(file);

        Assert.Equal(["start", "end", "levers.enforcement.2199-01", "demography.tfr.2021-12"], errors.Select(e => e.KeyPath).ToArray());
        Assert.All(errors, e => Assert.Equal("2022-01 to 2050-12", e.Allowed));
        Assert.Equal("month 1900-01 is outside the period the model has data for; allowed 2022-01 to 2050-12", errors[0].Message);
    }

    [Fact]
    public void The_end_override_is_held_to_the_period()
    {
        var baseline = ScenarioLoader.Load(RepositoryPaths.Baseline);
        var e = Assert.Throws<ScenarioOverrideException>(() => new ScenarioOverrides(null, null, new YearMonth(2200, 1)).Apply(baseline));
        Assert.Equal("--end 2200-01: allowed a month from the scenario's start 2023-01 to 2050-12 (the model's period is 2022-01 to 2050-12)", e.Message);
        Assert.Equal(new YearMonth(2050, 12), new ScenarioOverrides(null, null, new YearMonth(2050, 12)).Apply(baseline).End);
    }

    [Theory]
    [InlineData("\"\"", "the name is empty")]
    [InlineData("a/b", "'/' would make a folder inside another folder")]
    [InlineData("\"..\"", "'..' names a folder's parent or itself")]
    [InlineData("run*", "'*' is a wildcard (glob) character")]
    [InlineData("\"x[1]\"", "'[' is a wildcard (glob) character")]
    [InlineData(".hidden", "a name starting with '.' makes a hidden folder")]
    [InlineData("\"two words\"", "it contains a space or control character (U+0020)")]
    public void Names_that_cannot_name_a_run_folder_are_refused_with_the_reason(string yamlName, string reason)
    {
        using var dir = new TempFolder("inputs");
        var file = dir.Write("x.yaml", $"name: {yamlName}\nextends: {RepositoryPaths.Baseline}\n");

        var error = Assert.Single(ScenarioLoader.Validate(file));

        Assert.Equal(("name", 1, 7), (error.KeyPath, error.Line, error.Column));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains("allowed 1 to 100 letters, digits, '.', '-' or '_'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shipped_name_is_allowed()
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.Scenarios, "*.yaml"))
        {
            Assert.Null(ScenarioNames.Problem(ScenarioLoader.Load(file).Name));
        }
    }

    [Fact]
    public void A_scale_that_leaves_a_region_without_agents_is_refused_at_the_scale()
    {
        // The smallest region at 2023-01 is ULY, 221,426 persons: at scale 2e-6 it would get round(0.44) = 0 agents,
        // at 5e-6 round(1.1) = 1.
        using var dir = new TempFolder("inputs");
        var file = dir.Write("x.yaml", $"name: x\nextends: {RepositoryPaths.Baseline}\npopulation:\n  scale: 0.000002\n");

        var e = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Load(file));

        var error = Assert.Single(e.Errors);
        Assert.Equal(("population.scale", 4, 10, "0.000002"), (error.KeyPath, error.Line, error.Column, error.Value));
        Assert.Contains("region ULY (221,426 persons on 2023-01) gets no agents", error.Message, StringComparison.Ordinal);
        Assert.Equal(error, Assert.Single(ScenarioLoader.Validate(file)));
        var baseline = ScenarioLoader.Load(RepositoryPaths.Baseline);
        Assert.Throws<ScenarioOverrideException>(() => new ScenarioOverrides(null, 0.000002, null).Apply(baseline));
        Assert.Equal(0.000005, new ScenarioOverrides(null, 0.000005, null).Apply(baseline).Population.Scale);
    }
}
