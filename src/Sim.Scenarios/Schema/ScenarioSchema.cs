using Sim.Model.Population;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>
/// The scenario key tree: every key a scenario file may use, with its type, range and documentation, derived from
/// the <see cref="ParameterAttribute"/> declarations on the records of <see cref="Scenario"/>. The loader validates
/// against it and <see cref="JsonSchemaWriter"/> renders it as <c>scenarios/scenario.schema.json</c>.
/// </summary>
public static class ScenarioSchema
{
    /// <summary>The root of the key tree.</summary>
    public static SchemaMap Root { get; } = BuildRoot();

    private static SchemaMap BuildRoot()
    {
        var root = Section(typeof(Scenario), ParameterShapes.SectionDoc(typeof(Scenario)), partial: false);
        var properties = root.Properties.ToList();
        var extends = new SchemaProperty("extends", new SchemaScalar(
            "Scenario file this one inherits from, relative to this file; maps merge key by key, the child wins.", SchemaScalarKind.Path), false);
        properties.Insert(properties.FindIndex(p => p.Key == "description") + 1, extends);
        return new SchemaMap(root.Description, properties);
    }

    private static SchemaMap Section(Type type, string description, bool partial) => new(
        description,
        ParameterShapes.Declared(type)
            .Select(d => new SchemaProperty(d.Declaration.Key, Node(d.Parameter.ParameterType, d.Declaration), !partial && !d.Declaration.Optional))
            .ToList());

    private static SchemaNode Node(Type type, ParameterAttribute declaration)
    {
        var doc = Describe(declaration);
        return ParameterShapes.Of(type, declaration) switch
        {
            ParameterShape.Number => Number(type, declaration, doc),
            ParameterShape.Boolean => new SchemaScalar(doc, SchemaScalarKind.Boolean),
            ParameterShape.Text => new SchemaScalar(doc, SchemaScalarKind.Text),
            ParameterShape.Path => new SchemaScalar(doc, SchemaScalarKind.Path),
            ParameterShape.Month => new SchemaScalar(doc, SchemaScalarKind.Month),
            ParameterShape.Choice => new SchemaScalar(doc, SchemaScalarKind.Choice, ScenarioChoices.Names(type)),
            ParameterShape.Code => new SchemaScalar(doc, type == typeof(Citizenship) ? SchemaScalarKind.Origin : SchemaScalarKind.Profession),
            ParameterShape.Series => new SchemaKeyedMap(doc, SchemaKeyKind.Month, Value(typeof(double), declaration), false),
            ParameterShape.ByCode or ParameterShape.IndexedByCode => new SchemaKeyedMap(
                doc, KeyKind(declaration.Keys), Value(ParameterShapes.ItemType(type), declaration), false, declaration.SumsToOne),
            ParameterShape.NamedEntries => new SchemaKeyedMap(doc, SchemaKeyKind.Name, Value(ParameterShapes.ItemType(type), declaration), false),
            ParameterShape.List => new SchemaList(doc, Value(ParameterShapes.ItemType(type), declaration)),
            ParameterShape.Timeline => new SchemaKeyedMap(doc, SchemaKeyKind.Month,
                Section(ParameterShapes.ItemType(type), ParameterShapes.SectionDoc(ParameterShapes.ItemType(type)), partial: true), true),
            _ => Section(type, doc, partial: false),
        };
    }

    /// <summary>The schema of each value of a series, keyed map or list.</summary>
    private static SchemaNode Value(Type item, ParameterAttribute declaration)
    {
        var doc = declaration.Unit.Length > 0 ? Capitalised(declaration.Unit) + "." : "Value.";
        if (item == typeof(double) || item == typeof(int))
        {
            return Number(item, declaration, doc);
        }

        if (item == typeof(MonthSeries))
        {
            return new SchemaKeyedMap(doc, SchemaKeyKind.Month, Number(typeof(double), declaration, doc), false);
        }

        if (item == typeof(Profession))
        {
            return new SchemaScalar("Profession group.", SchemaScalarKind.Profession);
        }

        if (item == typeof(string))
        {
            return new SchemaScalar("Region code.", SchemaScalarKind.Region);
        }

        return Section(item, ParameterShapes.SectionDoc(item), partial: false);
    }

    private static SchemaNumber Number(Type type, ParameterAttribute declaration, string doc)
    {
        if (double.IsInfinity(declaration.Min) || double.IsInfinity(declaration.Max))
        {
            throw new InvalidOperationException($"parameter '{declaration.Key}' declares no finite range");
        }

        return new SchemaNumber(doc, declaration.Min, declaration.Max,
            integer: type == typeof(int) || type == typeof(ulong) || declaration.WholeNumber, declaration.MinExclusive);
    }

    private static SchemaKeyKind KeyKind(ParameterKeys keys) => keys switch
    {
        ParameterKeys.Origin => SchemaKeyKind.Origin,
        ParameterKeys.Profession => SchemaKeyKind.Profession,
        ParameterKeys.Name => SchemaKeyKind.Name,
        _ => SchemaKeyKind.Region,
    };

    private static string Describe(ParameterAttribute declaration) =>
        declaration.Unit.Length == 0 ? declaration.Doc : $"{declaration.Doc} Unit: {declaration.Unit}.";

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
