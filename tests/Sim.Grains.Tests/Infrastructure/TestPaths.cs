namespace Sim.Grains.Tests.Infrastructure;

/// <summary>Paths of the source tree the tests read (scenarios) and scratch folders they write.</summary>
internal static class TestPaths
{
    private static int s_counter;

    /// <summary>The repository root (the folder holding Simulation.sln).</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>The small test scenario.</summary>
    public static string SmallScenario => Path.Combine(RepoRoot, "tests", "Sim.Grains.Tests", "Scenarios", "small.yaml");

    /// <summary>A fresh folder under the temp folder (not created).</summary>
    public static string NewTempFolder(string name) =>
        Path.Combine(Path.GetTempPath(), $"sim-grains-tests-{Environment.ProcessId}-{name}-{Interlocked.Increment(ref s_counter)}");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Simulation.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Simulation.sln not found above " + AppContext.BaseDirectory);
    }
}
