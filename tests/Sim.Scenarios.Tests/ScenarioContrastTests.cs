namespace Sim.Scenarios.Tests;

/// <summary>
/// Every shipped policy scenario is a contrast: it changes at least one lever against the scenario it extends and
/// says in its description which question it answers. The roots and the backtest are not policy scenarios.
/// </summary>
public sealed class ScenarioContrastTests
{
    private static readonly string[] NotPolicy = ["base.yaml", "calibrated.yaml", "baseline.yaml", "mobilisation-2022.yaml"];

    public static TheoryData<string> PolicyScenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Scenarios, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (!NotPolicy.Contains(file))
            {
                data.Add(file!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PolicyScenarios))]
    public void A_policy_scenario_changes_a_lever_against_its_parent_and_states_its_question(string file)
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Scenario(file));
        var parent = ScenarioLoader.Load(RepositoryPaths.Scenario(Parent(file)));
        Assert.NotEqual(Levers(parent.ToResolvedYaml()), Levers(scenario.ToResolvedYaml()));
        Assert.StartsWith("Question: ", scenario.Description, StringComparison.Ordinal);
        Assert.Contains('?', scenario.Description!);
    }

    [Fact]
    public void Equal_levers_are_recognised_as_no_contrast()
    {
        var baseline = ScenarioLoader.Load(RepositoryPaths.Baseline).ToResolvedYaml();
        var concept = ScenarioLoader.Load(RepositoryPaths.Scenario("concept-2023-2027.yaml")).ToResolvedYaml();
        Assert.Equal(Levers(baseline), Levers(ScenarioLoader.Load(RepositoryPaths.Baseline).ToResolvedYaml()));
        Assert.NotEqual(Levers(baseline), Levers(concept));
        Assert.Contains("scientific_visa:", Levers(concept), StringComparison.Ordinal);
    }

    /// <summary>The file named by the scenario's <c>extends:</c> line.</summary>
    private static string Parent(string file) =>
        File.ReadLines(RepositoryPaths.Scenario(file))
            .Select(l => l.Trim())
            .First(l => l.StartsWith("extends:", StringComparison.Ordinal))["extends:".Length..].Trim();

    /// <summary>The <c>levers:</c> section of a resolved scenario, up to the next top-level key.</summary>
    private static string Levers(string resolvedYaml)
    {
        var lines = resolvedYaml.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("levers:", StringComparison.Ordinal));
        Assert.True(start >= 0, "the resolved scenario has a levers section");
        var section = lines.Skip(start + 1).TakeWhile(l => l.Length == 0 || l[0] == ' ' || l[0] == '#');
        return string.Join('\n', section);
    }
}
