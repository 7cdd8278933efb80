using System.Collections;
using System.Globalization;
using System.Reflection;
using Sim.Model;
using Sim.Model.Population;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>
/// Turns a validated, merged scenario tree into the typed <see cref="Scenario"/> by the declarations on its
/// records (<see cref="ParameterAttribute"/>), and reads the data tables the scenario names.
/// </summary>
internal static class ScenarioBinder
{
    public static Scenario Bind(SourceMap tree, string sourcePath)
    {
        var scenario = (Scenario)BindSection(typeof(Scenario), tree, entryKey: null, parameter => parameter.Name switch
        {
            nameof(Scenario.SourcePath) => sourcePath,
            nameof(Scenario.Tables) => null,
            _ => throw new InvalidOperationException($"{nameof(Scenario)}.{parameter.Name} is neither declared nor supplied"),
        });
        return scenario with { Tables = ReadTables(scenario.Population) };
    }

    /// <summary>Reads the tables the population section names; region codes in the other tables are checked against the regions table.</summary>
    public static ScenarioTables ReadTables(PopulationParameters population)
    {
        var regions = RegionTableReader.Read(population.RegionsPath);
        var codes = regions.Regions.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var relocation = RelocationRegionsReader.Read(population.RelocationRegionsPath, codes);
        var quotas = QuotaTableReader.Read(population.QuotasPath, codes, relocation);
        return new(
            regions,
            VitalRatesReader.Read(population.VitalRatesPath),
            KandasArrivalsReader.Read(population.KandasArrivalsPath),
            KandasSettlementReader.Read(population.KandasSettlementPath, codes),
            quotas,
            relocation);
    }

    private static object BindSection(Type type, SourceMap map, string? entryKey, Func<ParameterInfo, object?>? supply = null)
    {
        var constructor = ParameterShapes.Constructor(type);
        var arguments = constructor.GetParameters().Select(parameter =>
        {
            if (parameter.IsDefined(typeof(EntryKeyAttribute), false))
            {
                return entryKey;
            }

            var declaration = (ParameterAttribute?)Attribute.GetCustomAttribute(parameter, typeof(ParameterAttribute));
            if (declaration is null)
            {
                return supply is null
                    ? throw new InvalidOperationException($"{type.Name}.{parameter.Name} is neither declared nor supplied")
                    : supply(parameter);
            }

            var node = map.Find(declaration.Key)?.Value;
            return node is null
                ? (declaration.Optional ? null : throw new InvalidOperationException($"scenario key '{declaration.Key}' is missing after validation"))
                : BindValue(parameter.ParameterType, declaration, node);
        }).ToArray();
        return constructor.Invoke(arguments);
    }

    private static object BindValue(Type type, ParameterAttribute declaration, SourceNode node) =>
        ParameterShapes.Of(type, declaration) switch
        {
            ParameterShape.Number => Number(type, (SourceScalar)node),
            ParameterShape.Boolean => ((SourceScalar)node).Text == "true",
            ParameterShape.Text => ((SourceScalar)node).Text,
            ParameterShape.Path => ScenarioPaths.Resolve((SourceScalar)node),
            ParameterShape.Month => YearMonth.Parse(((SourceScalar)node).Text),
            ParameterShape.Code => Code(type, ((SourceScalar)node).Text),
            ParameterShape.Choice => ScenarioChoices.Parse(type, ((SourceScalar)node).Text)
                ?? throw new InvalidOperationException($"scenario key '{declaration.Key}' holds an unknown value after validation"),
            ParameterShape.Series => Series(node),
            ParameterShape.ByCode => Entries(node).ToDictionary(e => e.Key, e => (double)Number(typeof(double), (SourceScalar)e.Value), StringComparer.Ordinal),
            ParameterShape.IndexedByCode => Indexed(ParameterShapes.ItemType(type), declaration, node),
            ParameterShape.NamedEntries => Named(ParameterShapes.ItemType(type), node),
            ParameterShape.List => List(ParameterShapes.ItemType(type), (SourceSequence)node),
            ParameterShape.Timeline => Timeline(ParameterShapes.ItemType(type), node),
            _ => BindSection(type, node as SourceMap ?? Empty(node), entryKey: null),
        };

    private static object Number(Type type, SourceScalar scalar)
    {
        if (type == typeof(ulong))
        {
            return ulong.TryParse(scalar.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var whole)
                ? whole
                : (ulong)double.Parse(scalar.Text, CultureInfo.InvariantCulture);
        }

        var value = double.Parse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return type == typeof(int) ? (object)(int)value : value;
    }

    private static object Code(Type type, string text)
    {
        if (type == typeof(Citizenship))
        {
            Names.TryParseOrigin(text, out var origin);
            return origin;
        }

        return Names.TryParseProfession(text, out var profession) ? profession : Profession.None;
    }

    private static MonthSeries Series(SourceNode node) =>
        new(Entries(node).Select(e => new KeyValuePair<YearMonth, double>(YearMonth.Parse(e.Key), (double)Number(typeof(double), (SourceScalar)e.Value))));

    /// <summary>A list indexed by citizenship or profession: absent keys hold 0, an empty series or null.</summary>
    private static Array Indexed(Type item, ParameterAttribute declaration, SourceNode node)
    {
        var values = Array.CreateInstance(item, ParameterShapes.IndexCount(declaration.Keys));
        if (item == typeof(MonthSeries))
        {
            for (var i = 0; i < values.Length; i++)
            {
                values.SetValue(MonthSeries.Empty, i);
            }
        }

        foreach (var e in Entries(node))
        {
            values.SetValue(BindItem(item, e.Value, entryKey: null), ParameterShapes.IndexOf(declaration.Keys, e.Key));
        }

        return values;
    }

    private static IList Named(Type item, SourceNode node)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item))!;
        foreach (var e in Entries(node))
        {
            list.Add(BindItem(item, e.Value, e.Key));
        }

        return list;
    }

    private static IList List(Type item, SourceSequence sequence)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item))!;
        foreach (var scalar in sequence.Items.Cast<SourceScalar>())
        {
            list.Add(item == typeof(string) ? scalar.Text : item.IsEnum ? Code(item, scalar.Text) : Number(item, scalar));
        }

        return list;
    }

    /// <summary>A dated lever: entries in month order, each merged over the previous one so fields carry forward.</summary>
    private static object Timeline(Type item, SourceNode node)
    {
        var pair = typeof(KeyValuePair<,>).MakeGenericType(typeof(YearMonth), item);
        var changes = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(pair))!;
        var accumulated = Empty(node);
        foreach (var e in Entries(node).OrderBy(e => YearMonth.Parse(e.Key)))
        {
            accumulated = SourceMap.Merge(accumulated, (SourceMap)e.Value);
            changes.Add(Activator.CreateInstance(pair, YearMonth.Parse(e.Key), BindSection(item, accumulated, entryKey: null)));
        }

        return Activator.CreateInstance(typeof(LeverTimeline<>).MakeGenericType(item), changes)!;
    }

    private static object BindItem(Type item, SourceNode node, string? entryKey) =>
        item == typeof(double) ? Number(item, (SourceScalar)node)
        : item == typeof(MonthSeries) ? Series(node)
        : BindSection(item, node as SourceMap ?? Empty(node), entryKey);

    private static IEnumerable<SourceEntry> Entries(SourceNode node) => (node as SourceMap)?.Entries ?? [];

    private static SourceMap Empty(SourceNode at) => new(at.File, at.Line, at.Column, []);
}
