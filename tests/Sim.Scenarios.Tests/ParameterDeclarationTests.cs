using System.Globalization;
using System.Text.Json;
using Sim.Model.Scenarios;

namespace Sim.Scenarios.Tests;

/// <summary>
/// A parameter is declared once (<see cref="ParameterAttribute"/> on its record); the loader's schema, the JSON
/// Schema file, the binding, the resolved YAML and docs/parameters.md must all agree with that declaration.
/// </summary>
public sealed class ParameterDeclarationTests
{
    [Fact]
    public void Every_declared_parameter_is_in_the_loader_schema_with_its_range()
    {
        Assert.True(ScenarioParameters.All.Count > 150, $"only {ScenarioParameters.All.Count} declared parameters");
        foreach (var p in ScenarioParameters.All)
        {
            var node = SchemaAt(p.KeyPath);
            Assert.StartsWith(p.Declaration.Doc, node.Description, StringComparison.Ordinal);
            if (node is SchemaNumber number)
            {
                Assert.Equal((p.Declaration.Min, p.Declaration.Max, p.Declaration.MinExclusive), (number.Min, number.Max, number.MinExclusive));
                Assert.Equal(p.Type == typeof(int) || p.Type == typeof(ulong) || p.Declaration.WholeNumber, number.Integer);
            }
        }
    }

    [Fact]
    public void Every_declared_parameter_is_in_the_json_schema_file_with_its_range()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Scenarios, "scenario.schema.json")));
        foreach (var p in ScenarioParameters.All)
        {
            var element = JsonAt(doc.RootElement, p.KeyPath);
            Assert.StartsWith(p.Declaration.Doc, element.GetProperty("description").GetString(), StringComparison.Ordinal);
            if (ParameterShapeIsNumber(p))
            {
                var min = element.TryGetProperty("minimum", out var m) ? m : element.GetProperty("exclusiveMinimum");
                Assert.Equal(p.Declaration.Min, min.GetDouble());
                Assert.Equal(p.Declaration.Max, element.GetProperty("maximum").GetDouble());
            }
        }
    }

    [Fact]
    public void Every_declared_real_binds_from_yaml_to_its_record()
    {
        using var folder = new TempFolder("declarations");
        var data = Directory.CreateDirectory(folder.Combine("data")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Scenarios, "data")))
        {
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        }

        var reals = ScenarioParameters.All.Where(p => p.Type == typeof(double) && !p.KeyPath.Contains('<', StringComparison.Ordinal)).ToList();
        Assert.True(reals.Count >= 60, $"only {reals.Count} real parameters");
        var scenario = ScenarioLoader.Load(RepositoryPaths.Base);
        var expected = new Dictionary<string, double>();
        for (var i = 0; i < reals.Count; i++)
        {
            // A value no shipped scenario uses, different for every parameter, inside its range.
            var range = reals[i].Declaration;
            var value = range.Min + ((range.Max - range.Min) * (0.3 + (0.4 * i / reals.Count)));
            scenario = ScenarioParameters.With(scenario, reals[i].KeyPath, value);
            expected[reals[i].KeyPath] = value;
        }

        var yaml = scenario.ToResolvedYaml(folder.Path);
        var reloaded = ScenarioLoader.Load(folder.Write("all.yaml", yaml));
        foreach (var (key, value) in expected)
        {
            Assert.Equal(value, ScenarioParameters.Read(reloaded, key));
            var leaf = key[(key.LastIndexOf('.') + 1)..];
            Assert.Contains($" {leaf}: {value.ToString("R", CultureInfo.InvariantCulture)}\n", yaml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_override_outside_the_declared_range_is_refused()
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Base);
        Assert.Throws<ArgumentOutOfRangeException>(() => ScenarioParameters.With(scenario, "housing.rent_pressure_response", 5.5));
        Assert.Throws<KeyNotFoundException>(() => ScenarioParameters.With(scenario, "housing.rent_elasticity", 1));
        Assert.Equal(1.5, ScenarioParameters.Read(ScenarioParameters.With(scenario, "housing.rent_pressure_response", 1.5), "housing.rent_pressure_response"));
    }

    [Fact]
    public void Parameter_docs_are_up_to_date()
    {
        Assert.Equal(ParameterTableWriter.Write(), File.ReadAllText(RepositoryPaths.Combine("docs", "parameters.md")));
    }

    private static bool ParameterShapeIsNumber(DeclaredParameter p) => p.Type == typeof(double) || p.Type == typeof(int) || p.Type == typeof(ulong);

    private static SchemaNode SchemaAt(string keyPath)
    {
        SchemaNode node = ScenarioSchema.Root;
        foreach (var key in keyPath.Split('.'))
        {
            node = node switch
            {
                SchemaMap map => map.Find(key)?.Node ?? throw new KeyNotFoundException($"{keyPath}: no '{key}' in the loader schema"),
                SchemaKeyedMap keyed when key.StartsWith('<') => keyed.Value,
                _ => throw new KeyNotFoundException($"{keyPath}: '{key}' is below a value"),
            };
        }

        return node;
    }

    private static JsonElement JsonAt(JsonElement root, string keyPath)
    {
        var element = root;
        foreach (var key in keyPath.Split('.'))
        {
            // Keys of keyed maps: one pattern (months, regions, names) or every citizenship/profession listed (all alike).
            element = !key.StartsWith('<') ? element.GetProperty("properties").GetProperty(key)
                : element.TryGetProperty("patternProperties", out var pattern) ? pattern.EnumerateObject().Single().Value
                : element.GetProperty("properties").EnumerateObject().First().Value;
        }

        return element;
    }
}
