using Sim.Model;
using Sim.Model.Population;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>Classifies declared parameters by CLR type and finds the declarations of a record.</summary>
internal static class ParameterShapes
{
    /// <summary>The shape of a value of <paramref name="type"/> declared by <paramref name="declaration"/>.</summary>
    public static ParameterShape Of(Type type, ParameterAttribute declaration)
    {
        if (type == typeof(double) || type == typeof(int) || type == typeof(ulong))
        {
            return ParameterShape.Number;
        }

        if (type == typeof(bool))
        {
            return ParameterShape.Boolean;
        }

        if (type == typeof(string))
        {
            return declaration.IsPath ? ParameterShape.Path : ParameterShape.Text;
        }

        if (type == typeof(YearMonth))
        {
            return ParameterShape.Month;
        }

        if (type == typeof(Citizenship) || type == typeof(Profession))
        {
            return ParameterShape.Code;
        }

        if (type.IsEnum)
        {
            return ParameterShape.Choice;
        }

        if (type == typeof(MonthSeries))
        {
            return ParameterShape.Series;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            return ParameterShape.ByCode;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(LeverTimeline<>))
        {
            return ParameterShape.Timeline;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var item = type.GetGenericArguments()[0];
            if (IsSection(item) && Constructor(item).GetParameters().Any(p => p.IsDefined(typeof(EntryKeyAttribute), false)))
            {
                return ParameterShape.NamedEntries;
            }

            return declaration.Keys is ParameterKeys.Origin or ParameterKeys.Profession && !item.IsEnum
                ? ParameterShape.IndexedByCode
                : ParameterShape.List;
        }

        return IsSection(type)
            ? ParameterShape.Section
            : throw new InvalidOperationException($"parameter '{declaration.Key}': type {type.Name} has no scenario representation");
    }

    /// <summary>Whether <paramref name="type"/> is a record of declared parameters.</summary>
    public static bool IsSection(Type type) => type.IsDefined(typeof(ParameterSectionAttribute), false);

    /// <summary>The section's description.</summary>
    public static string SectionDoc(Type type) =>
        ((ParameterSectionAttribute?)Attribute.GetCustomAttribute(type, typeof(ParameterSectionAttribute)))?.Doc ?? type.Name;

    /// <summary>The record's primary constructor (the one with the most parameters).</summary>
    public static System.Reflection.ConstructorInfo Constructor(Type type) =>
        type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();

    /// <summary>The declared parameters of a record, in declaration order, with their declarations.</summary>
    public static IEnumerable<(System.Reflection.ParameterInfo Parameter, ParameterAttribute Declaration)> Declared(Type type) =>
        Constructor(type).GetParameters()
            .Select(p => (p, (ParameterAttribute?)Attribute.GetCustomAttribute(p, typeof(ParameterAttribute))))
            .Where(x => x.Item2 is not null)
            .Select(x => (x.p, x.Item2!));

    /// <summary>The item type of a list or timeline, or the value type of a dictionary.</summary>
    public static Type ItemType(Type type) => type.GetGenericArguments()[^1];

    /// <summary>How many entries a list indexed by <paramref name="keys"/> has.</summary>
    public static int IndexCount(ParameterKeys keys) => keys == ParameterKeys.Origin ? Names.OriginCount : Names.ProfessionCount;

    /// <summary>The scenario key of index <paramref name="index"/> of a list indexed by <paramref name="keys"/>.</summary>
    public static string IndexKey(ParameterKeys keys, int index) =>
        keys == ParameterKeys.Origin ? Names.Key((Citizenship)index) : Names.Key((Profession)index);

    /// <summary>The index of a scenario key of a list indexed by <paramref name="keys"/> (0 for an unknown key; validation has run).</summary>
    public static int IndexOf(ParameterKeys keys, string key)
    {
        if (keys == ParameterKeys.Origin)
        {
            Names.TryParseOrigin(key, out var origin);
            return (int)origin;
        }

        Names.TryParseProfession(key, out var profession);
        return (int)profession;
    }

    /// <summary>What a value is written as, for the docs (e.g. <c>number 0..1</c>, <c>map region → number</c>).</summary>
    public static string Describe(Type type, ParameterAttribute declaration)
    {
        var number = FormattableString.Invariant($"{(declaration.MinExclusive ? "(" : string.Empty)}{declaration.Min}..{declaration.Max}{(declaration.MinExclusive ? "]" : string.Empty)}");
        var whole = type == typeof(int) || type == typeof(ulong) || declaration.WholeNumber;
        var value = (whole ? "whole number " : "number ") + number;
        var keys = declaration.Keys switch
        {
            ParameterKeys.Origin => "citizenship",
            ParameterKeys.Profession => "profession",
            ParameterKeys.Name => "name",
            _ => "region",
        };
        var shares = declaration.SumsToOne ? " (sum 1)" : string.Empty;
        return Of(type, declaration) switch
        {
            ParameterShape.Number => value,
            ParameterShape.Boolean => "true/false",
            ParameterShape.Text => "text",
            ParameterShape.Path => "file path",
            ParameterShape.Month => "YYYY-MM",
            ParameterShape.Code => type == typeof(Citizenship) ? "citizenship" : "profession",
            ParameterShape.Choice => "one of " + ScenarioChoices.Allowed(type),
            ParameterShape.Series => "month → " + value,
            ParameterShape.ByCode or ParameterShape.IndexedByCode when ItemType(type) == typeof(MonthSeries) => $"{keys} → month → {value}",
            ParameterShape.ByCode or ParameterShape.IndexedByCode when IsSection(ItemType(type)) => $"{keys} → map",
            ParameterShape.ByCode or ParameterShape.IndexedByCode => $"{keys} → {value}{shares}",
            ParameterShape.NamedEntries => "name → map",
            ParameterShape.List when ItemType(type) == typeof(string) => "list of region codes",
            ParameterShape.List when ItemType(type) == typeof(Profession) => "list of professions",
            ParameterShape.List => "list of " + value,
            ParameterShape.Timeline => "month → map (dated changes)",
            _ => "map",
        };
    }
}
