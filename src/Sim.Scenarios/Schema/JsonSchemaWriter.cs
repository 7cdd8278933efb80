using System.Text;
using System.Text.Json;
using Sim.Model;
using Sim.Model.Population;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>Renders <see cref="ScenarioSchema.Root"/> as a JSON Schema (draft 2020-12) for editors.</summary>
public static class JsonSchemaWriter
{
    /// <summary>The pattern of month keys and values.</summary>
    public const string MonthPattern = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    /// <summary>The pattern of region codes.</summary>
    public const string RegionPattern = "^[A-Z]{3}$";

    /// <summary>The pattern of free names (shock names).</summary>
    public const string NamePattern = "^[A-Za-z0-9_-]+$";

    /// <summary>The JSON Schema text (indented, LF line ends, final newline).</summary>
    public static string Write()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            w.WriteString("$id", "https://example.org/sim/scenario.schema.json");
            w.WriteString("title", "Kazakhstan migration simulation scenario");
            WriteBody(w, ScenarioSchema.Root);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteNode(Utf8JsonWriter w, SchemaNode node)
    {
        w.WriteStartObject();
        WriteBody(w, node);
        w.WriteEndObject();
    }

    private static void WriteBody(Utf8JsonWriter w, SchemaNode node)
    {
        w.WriteString("description", node.Description);
        switch (node)
        {
            case SchemaMap map:
                w.WriteString("type", "object");
                w.WriteStartObject("properties");
                foreach (var p in map.Properties)
                {
                    w.WritePropertyName(p.Key);
                    WriteNode(w, p.Node);
                }

                w.WriteEndObject();
                w.WriteBoolean("additionalProperties", false);
                break;
            case SchemaKeyedMap keyed:
                WriteKeyed(w, keyed);
                break;
            case SchemaNumber number:
                w.WriteString("type", number.Integer ? "integer" : "number");
                w.WriteNumber(number.MinExclusive ? "exclusiveMinimum" : "minimum", number.Min);
                w.WriteNumber("maximum", number.Max);
                break;
            case SchemaList list:
                w.WriteString("type", "array");
                w.WritePropertyName("items");
                WriteNode(w, list.Item);
                break;
            case SchemaScalar scalar:
                WriteScalar(w, scalar);
                break;
        }
    }

    private static void WriteKeyed(Utf8JsonWriter w, SchemaKeyedMap keyed)
    {
        w.WriteString("type", "object");
        IReadOnlyList<string>? fixedKeys = keyed.Keys switch
        {
            SchemaKeyKind.Origin => Names.OriginKeys,
            SchemaKeyKind.Profession => Names.ProfessionScenarioKeys,
            _ => null,
        };
        if (fixedKeys is not null)
        {
            w.WriteStartObject("properties");
            foreach (var key in fixedKeys)
            {
                w.WritePropertyName(key);
                WriteNode(w, keyed.Value);
            }

            w.WriteEndObject();
        }
        else
        {
            w.WriteStartObject("patternProperties");
            w.WritePropertyName(keyed.Keys switch
            {
                SchemaKeyKind.Month => MonthPattern,
                SchemaKeyKind.Region => RegionPattern,
                _ => NamePattern,
            });
            WriteNode(w, keyed.Value);
            w.WriteEndObject();
        }

        w.WriteBoolean("additionalProperties", false);
    }

    private static void WriteScalar(Utf8JsonWriter w, SchemaScalar scalar)
    {
        switch (scalar.Kind)
        {
            case SchemaScalarKind.Boolean:
                w.WriteString("type", "boolean");
                break;
            case SchemaScalarKind.Month:
                w.WriteString("type", "string");
                w.WriteString("pattern", MonthPattern);
                break;
            case SchemaScalarKind.Region:
                w.WriteString("type", "string");
                w.WriteString("pattern", RegionPattern);
                break;
            case SchemaScalarKind.Origin or SchemaScalarKind.Profession or SchemaScalarKind.Choice:
                w.WriteString("type", "string");
                w.WriteStartArray("enum");
                var values = scalar.Kind switch
                {
                    SchemaScalarKind.Origin => Names.OriginKeys,
                    SchemaScalarKind.Profession => Names.ProfessionScenarioKeys,
                    _ => scalar.Choices,
                };
                foreach (var v in values)
                {
                    w.WriteStringValue(v);
                }

                w.WriteEndArray();
                break;
            default:
                w.WriteString("type", "string");
                break;
        }
    }
}
