using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sim.Model;
using Sim.Model.Scenarios;
using YamlDotNet.RepresentationModel;

namespace Sim.Scenarios.Tests;

/// <summary>
/// Checks every shipped scenario file, as written (before <c>extends</c> merging), against
/// scenarios/scenario.schema.json with a small independent JSON Schema reader (the keywords the schema uses:
/// type, properties, patternProperties, additionalProperties, enum, pattern, minimum, exclusiveMinimum,
/// maximum, items) — what an editor using the schema would report.
/// </summary>
public sealed class SchemaConformanceTests
{
    private static readonly Lazy<JsonDocument> Schema = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Scenarios, "scenario.schema.json"))));

    public static TheoryData<string> ShippedScenarios() => ScenarioLoaderTests.ShippedScenarios();

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void Shipped_scenarios_conform_to_the_json_schema(string file)
    {
        Assert.Empty(Check(File.ReadAllText(RepositoryPaths.Scenario(file))));
    }

    [Fact]
    public void The_json_schema_rejects_what_the_loader_rejects()
    {
        var problems = Check("""
            name: x
            seed: -1
            population: {scale: 2.5, regoins: a.csv}
            levers:
              enforcement:
                2025-13: {detection_rate: 0.1}
              in_demand_permit:
                2024-01: {professions: [it, plumbing]}
            outputs: {events: "yes"}
            """);
        Assert.Contains("seed: below minimum", problems);
        Assert.Contains("population.scale: above maximum", problems);
        Assert.Contains("population.regoins: not allowed", problems);
        Assert.Contains("levers.enforcement.2025-13: not allowed", problems);
        Assert.Contains("levers.in_demand_permit.2024-01.professions[1]: not in enum", problems);
        Assert.Contains("outputs.events: not a boolean", problems);
    }

    private static List<string> Check(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var problems = new List<string>();
        Validate(stream.Documents[0].RootNode, Schema.Value.RootElement, string.Empty, problems);
        return problems;
    }

    private static void Validate(YamlNode node, JsonElement schema, string path, List<string> problems)
    {
        var type = schema.GetProperty("type").GetString();
        switch (type)
        {
            case "object" when node is YamlMappingNode map:
                foreach (var (keyNode, value) in map.Children)
                {
                    var key = ((YamlScalarNode)keyNode).Value!;
                    var childPath = path.Length == 0 ? key : path + "." + key;
                    var child = Property(schema, key);
                    if (child is null)
                    {
                        problems.Add(childPath + ": not allowed");
                    }
                    else
                    {
                        Validate(value, child.Value, childPath, problems);
                    }
                }

                break;
            case "array" when node is YamlSequenceNode seq:
                for (var i = 0; i < seq.Children.Count; i++)
                {
                    Validate(seq.Children[i], schema.GetProperty("items"), FormattableString.Invariant($"{path}[{i}]"), problems);
                }

                break;
            case "number" or "integer" when node is YamlScalarNode s:
                if (s.Style is not YamlDotNet.Core.ScalarStyle.Plain
                    || !double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                    || (type == "integer" && Math.Floor(v) != v))
                {
                    problems.Add(path + ": not a " + type);
                }
                else if (schema.TryGetProperty("minimum", out var min) && v < min.GetDouble())
                {
                    problems.Add(path + ": below minimum");
                }
                else if (schema.TryGetProperty("exclusiveMinimum", out var xmin) && v <= xmin.GetDouble())
                {
                    problems.Add(path + ": below minimum");
                }
                else if (schema.TryGetProperty("maximum", out var max) && v > max.GetDouble())
                {
                    problems.Add(path + ": above maximum");
                }

                break;
            case "boolean" when node is YamlScalarNode s:
                if (s.Style != YamlDotNet.Core.ScalarStyle.Plain || s.Value is not ("true" or "false"))
                {
                    problems.Add(path + ": not a boolean");
                }

                break;
            case "string" when node is YamlScalarNode s:
                if (schema.TryGetProperty("enum", out var values) && values.EnumerateArray().All(e => e.GetString() != s.Value))
                {
                    problems.Add(path + ": not in enum");
                }

                if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(s.Value ?? string.Empty, pattern.GetString()!))
                {
                    problems.Add(path + ": does not match the pattern");
                }

                break;
            default:
                problems.Add(path + ": not a " + type);
                break;
        }
    }

    private static JsonElement? Property(JsonElement schema, string key)
    {
        if (schema.TryGetProperty("properties", out var props) && props.TryGetProperty(key, out var p))
        {
            return p;
        }

        if (schema.TryGetProperty("patternProperties", out var patterns))
        {
            foreach (var candidate in patterns.EnumerateObject())
            {
                if (Regex.IsMatch(key, candidate.Name))
                {
                    return candidate.Value;
                }
            }
        }

        return schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False
            ? null
            : throw new InvalidOperationException("the schema should forbid additional properties everywhere");
    }
}
