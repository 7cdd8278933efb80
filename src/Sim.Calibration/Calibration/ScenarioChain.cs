using YamlDotNet.RepresentationModel;

namespace Sim.Calibration.Calibration;

/// <summary>Reads the <c>extends</c> line of scenario files (without loading the whole chain).</summary>
public static class ScenarioChain
{
    /// <summary>The full path of the file <paramref name="scenarioPath"/> extends, or null for a root scenario.</summary>
    public static string? ParentOf(string scenarioPath)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(scenarioPath))
        {
            stream.Load(reader);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("extends"), out var node) || node is not YamlScalarNode { Value: { Length: > 0 } parent })
        {
            return null;
        }

        return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(scenarioPath)) ?? ".", parent));
    }

    /// <summary>
    /// The parent a calibrated file should extend: the parent it already has when it exists; otherwise the
    /// first file up <paramref name="scenarioPath"/>'s chain that is not <paramref name="calibratedPath"/> itself
    /// (so that a scenario which already extends the calibrated file does not make it extend itself).
    /// </summary>
    public static string DefaultParent(string scenarioPath, string calibratedPath)
    {
        var calibrated = Path.GetFullPath(calibratedPath);
        if (File.Exists(calibrated) && ParentOf(calibrated) is { } existing)
        {
            return existing;
        }

        var parent = ParentOf(scenarioPath) ?? throw new ArgumentException($"{scenarioPath} extends no file: name the parent of the calibrated file explicitly");
        if (string.Equals(parent, calibrated, StringComparison.Ordinal))
        {
            parent = ParentOf(parent) ?? throw new ArgumentException($"{calibratedPath} extends no file: name its parent explicitly");
        }

        return parent;
    }
}
