namespace Sim.Grains.Tests.Infrastructure;

/// <summary>Paths of the source tree the grain tests read.</summary>
internal static class TestPaths
{
    /// <summary>The repository root (the folder holding Simulation.sln).</summary>
    public static string RepoRoot => RepositoryPaths.Root;

    /// <summary>The small test scenario.</summary>
    public static string SmallScenario => Path.Combine(RepoRoot, "tests", "Sim.Grains.Tests", "Scenarios", "small.yaml");
}
