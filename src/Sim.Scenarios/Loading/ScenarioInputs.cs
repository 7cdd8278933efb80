using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>
/// The files a loaded scenario was made from: the scenario file and the chain it extends, and the data files its
/// parameters name. A run records and copies them so that its folder alone can rerun it, and a replay can refuse
/// when one changed.
/// </summary>
public static class ScenarioInputs
{
    /// <summary>The scenario file, then each parent it extends, nearest first (full paths).</summary>
    public static IReadOnlyList<string> ScenarioFiles(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var chain = new List<string>();
        for (string? file = Path.GetFullPath(scenario.SourcePath); file is not null && !chain.Contains(file) && File.Exists(file); file = ScenarioLoader.ParentOf(file))
        {
            chain.Add(file);
        }

        return chain;
    }

    /// <summary>The data files the scenario's parameters name (full paths, each once).</summary>
    public static IReadOnlyList<string> DataFiles(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return ResolvedYamlWriter.DataFiles(scenario);
    }
}
