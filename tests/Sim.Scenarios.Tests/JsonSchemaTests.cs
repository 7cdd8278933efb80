using System.Text.Json;
using Sim.Model;
using Sim.Model.Scenarios;

namespace Sim.Scenarios.Tests;

public sealed class JsonSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(RepositoryPaths.Scenarios, "scenario.schema.json");

    [Fact]
    public void Schema_file_is_up_to_date_with_the_key_tree()
    {
        Assert.Equal(JsonSchemaWriter.Write(), File.ReadAllText(SchemaPath));
    }

    [Fact]
    public void Schema_and_loader_agree_on_every_key_path()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", doc.RootElement.GetProperty("$schema").GetString());
        var fromJson = new SortedSet<string>(StringComparer.Ordinal);
        WalkJson(doc.RootElement, string.Empty, fromJson);
        var fromLoader = new SortedSet<string>(StringComparer.Ordinal);
        WalkTree(ScenarioSchema.Root, string.Empty, fromLoader);
        Assert.True(fromLoader.Count > 150, $"only {fromLoader.Count} key paths");
        Assert.Equal(fromLoader, fromJson);
    }

    [Fact]
    public void Every_object_in_the_schema_forbids_additional_properties_and_has_a_description()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var objects = 0;
        Check(doc.RootElement);
        Assert.True(objects > 30);

        void Check(JsonElement e)
        {
            Assert.True(e.TryGetProperty("description", out var d) && d.GetString()!.Length > 0);
            if (e.GetProperty("type").GetString() == "object")
            {
                objects++;
                Assert.False(e.GetProperty("additionalProperties").GetBoolean());
            }

            foreach (var child in Children(e))
            {
                Check(child.Value);
            }
        }
    }

    private static IEnumerable<(string Key, JsonElement Value)> Children(JsonElement e)
    {
        if (e.TryGetProperty("properties", out var props))
        {
            foreach (var p in props.EnumerateObject())
            {
                yield return (p.Name, p.Value);
            }
        }

        if (e.TryGetProperty("patternProperties", out var patterns))
        {
            foreach (var p in patterns.EnumerateObject())
            {
                yield return (Placeholder(p.Name), p.Value);
            }
        }

        if (e.TryGetProperty("items", out var items))
        {
            yield return ("[]", items);
        }
    }

    private static string Placeholder(string pattern) => pattern switch
    {
        JsonSchemaWriter.MonthPattern => "<month>",
        JsonSchemaWriter.RegionPattern => "<region>",
        _ => "<name>",
    };

    private static void WalkJson(JsonElement e, string path, ISet<string> paths)
    {
        foreach (var (key, value) in Children(e))
        {
            var child = path.Length == 0 ? key : path + "." + key;
            paths.Add(child);
            WalkJson(value, child, paths);
        }
    }

    private static void WalkTree(SchemaNode node, string path, ISet<string> paths)
    {
        IEnumerable<(string Key, SchemaNode Node)> children = node switch
        {
            SchemaMap map => map.Properties.Select(p => (p.Key, p.Node)),
            SchemaKeyedMap keyed => KeyedKeys(keyed.Keys).Select(k => (k, keyed.Value)),
            SchemaList list => [("[]", list.Item)],
            _ => [],
        };
        foreach (var (key, child) in children)
        {
            var childPath = path.Length == 0 ? key : path + "." + key;
            paths.Add(childPath);
            WalkTree(child, childPath, paths);
        }
    }

    private static IEnumerable<string> KeyedKeys(SchemaKeyKind kind) => kind switch
    {
        SchemaKeyKind.Month => ["<month>"],
        SchemaKeyKind.Region => ["<region>"],
        SchemaKeyKind.Name => ["<name>"],
        SchemaKeyKind.Origin => Sim.Model.Population.Names.OriginKeys,
        _ => Sim.Model.Population.Names.ProfessionScenarioKeys,
    };
}
