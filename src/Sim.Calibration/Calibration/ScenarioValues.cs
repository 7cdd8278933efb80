using System.Globalization;
using Sim.Model.Scenarios;
using Sim.Scenarios;
using YamlDotNet.RepresentationModel;

namespace Sim.Calibration.Calibration;

/// <summary>Reads numbers of a loaded scenario by dotted key path (from its fully resolved YAML).</summary>
public static class ScenarioValues
{
    /// <summary>The value of <paramref name="key"/> in <paramref name="scenario"/>.</summary>
    public static double Read(Scenario scenario, string key)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(scenario.ToResolvedYaml()))
        {
            stream.Load(reader);
        }

        YamlNode node = stream.Documents[0].RootNode;
        foreach (var part in key.Split('.'))
        {
            node = node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(part), out var child)
                ? child
                : throw new KeyNotFoundException($"scenario '{scenario.Name}' has no key '{key}' (missing '{part}')");
        }

        return node is YamlScalarNode { Value: { } text } && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"scenario '{scenario.Name}': '{key}' is not a number");
    }
}
