using System.Globalization;
using System.Text;
using Sim.Model;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>Writes a merged scenario tree back to YAML, guided by the schema so every scalar keeps its type.</summary>
internal static class ResolvedYamlWriter
{
    public static string Write(Scenario scenario)
    {
        var tree = scenario.Tree as YMap ?? throw new InvalidOperationException("the scenario was not loaded from a file");
        tree = Patch(tree, "seed", scenario.Seed.ToString(CultureInfo.InvariantCulture));
        if (tree.Find("population")?.Value is YMap population)
        {
            var scale = Patch(population, "scale", scenario.Population.Scale.ToString("R", CultureInfo.InvariantCulture));
            tree = tree.With(tree.Find("population")! with { Value = scale });
        }

        var rootDirectory = Path.GetDirectoryName(Path.GetFullPath(scenario.SourcePath)) ?? ".";
        var sb = new StringBuilder();
        sb.Append("# Resolved scenario '").Append(scenario.Name)
            .Append("': every inherited key merged; data paths are relative to the directory of the scenario file.\n");
        WriteMap(sb, tree, ScenarioSchema.Root, 0, rootDirectory);
        return sb.ToString();
    }

    private static YMap Patch(YMap map, string key, string text)
    {
        var entry = map.Find(key);
        return entry is null ? map : map.With(entry with { Value = new YScalar(entry.File, entry.Line, entry.Column, text, false) });
    }

    private static void WriteMap(StringBuilder sb, YMap map, SchemaNode schema, int indent, string rootDirectory)
    {
        foreach (var entry in map.Entries)
        {
            var child = ChildSchema(schema, entry.Key);
            sb.Append(' ', indent).Append(entry.Key).Append(':');
            switch (entry.Value)
            {
                case YMap { Entries.Count: 0 }:
                    sb.Append(" {}\n");
                    break;
                case YMap m:
                    sb.Append('\n');
                    WriteMap(sb, m, child, indent + 2, rootDirectory);
                    break;
                case YSeq s:
                    var item = (child as SchemaList)?.Item;
                    sb.Append(" [")
                        .Append(string.Join(", ", s.Items.Select(i => Scalar((YScalar)i, item, rootDirectory))))
                        .Append("]\n");
                    break;
                case YScalar { IsNull: true } when child is SchemaKeyedMap:
                    sb.Append(" {}\n");
                    break;
                case YScalar scalar:
                    sb.Append(' ').Append(Scalar(scalar, child, rootDirectory)).Append('\n');
                    break;
            }
        }
    }

    private static SchemaNode ChildSchema(SchemaNode schema, string key) => schema switch
    {
        SchemaMap map => map.Find(key)?.Node ?? throw new InvalidOperationException($"unknown key '{key}'"),
        SchemaKeyedMap keyed => keyed.Value,
        _ => schema,
    };

    private static string Scalar(YScalar scalar, SchemaNode? schema, string rootDirectory) => schema switch
    {
        SchemaNumber => scalar.Text,
        SchemaScalar { Kind: SchemaScalarKind.Path } =>
            Quote(Path.GetRelativePath(rootDirectory, ScenarioPaths.Resolve(scalar)).Replace('\\', '/')),
        SchemaScalar { Kind: SchemaScalarKind.Text } => Quote(scalar.Text),
        _ => scalar.Text,
    };

    private static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                '\n' => sb.Append("\\n"),
                '\t' => sb.Append("\\t"),
                _ => sb.Append(c),
            };
        }

        return sb.Append('"').ToString();
    }
}
