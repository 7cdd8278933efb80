namespace Sim.Testing;

/// <summary>Copies of the shipped baseline chain for tests that edit a scenario's inputs.</summary>
public static class ScenarioCopy
{
    /// <summary>
    /// Copies base.yaml, calibrated.yaml, baseline.yaml and every scenarios/data/*.csv into <paramref name="folder"/>
    /// (the data under data/, as the scenarios name them); returns the copied baseline.yaml.
    /// </summary>
    public static string BaselineChain(string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "data"));
        foreach (var name in new[] { "base.yaml", "calibrated.yaml", "baseline.yaml" })
        {
            File.Copy(RepositoryPaths.Scenario(name), Path.Combine(folder, name));
        }

        foreach (var csv in Directory.GetFiles(Path.Combine(RepositoryPaths.Scenarios, "data"), "*.csv"))
        {
            File.Copy(csv, Path.Combine(folder, "data", Path.GetFileName(csv)));
        }

        return Path.Combine(folder, "baseline.yaml");
    }
}
