using Sim.Model.Engine;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Model.Tests;

/// <summary>Scenarios and contexts shared by tests (loading is cheap but not free).</summary>
internal static class Shared
{
    private static readonly Lazy<Scenario> BaselineScenario = new(() => ScenarioLoader.Load(RepositoryPaths.Baseline));

    public static Scenario Baseline => BaselineScenario.Value;

    public static ModelContext Context(double scale, ulong seed = 20230101, string? file = null)
    {
        var scenario = file is null ? Baseline : ScenarioLoader.Load(RepositoryPaths.Scenario(file));
        return ModelContext.Create(scenario.WithScale(scale).WithSeed(seed));
    }
}
