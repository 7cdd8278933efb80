using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>The resolved YAML of a loaded scenario.</summary>
public static class ScenarioYaml
{
    /// <summary>
    /// The fully resolved scenario as YAML: every inherited key, the effective seed and scale, data paths
    /// relative to the directory of <see cref="Scenario.SourcePath"/>. Loading it gives the same scenario.
    /// </summary>
    public static string ToResolvedYaml(this Scenario scenario) =>
        ResolvedYamlWriter.Write(scenario, Path.GetDirectoryName(Path.GetFullPath(scenario.SourcePath)) ?? ".");

    /// <summary>
    /// The resolved scenario as YAML with each data file's full path written as <paramref name="dataPath"/> maps it
    /// (a run folder points at its own copies of the data files).
    /// </summary>
    public static string ToResolvedYaml(this Scenario scenario, Func<string, string> dataPath) =>
        ResolvedYamlWriter.Write(scenario, dataPath, "data paths as the run recorded them");

    /// <summary>The resolved scenario as YAML with data paths relative to <paramref name="directory"/> (where the text will be saved).</summary>
    public static string ToResolvedYaml(this Scenario scenario, string directory) => ResolvedYamlWriter.Write(scenario, Path.GetFullPath(directory));
}
