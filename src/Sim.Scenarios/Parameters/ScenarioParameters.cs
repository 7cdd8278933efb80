using System.Reflection;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>
/// Every parameter declared on the records of <see cref="Scenario"/>, and typed access to numbers by key path
/// (the calibration reads and overrides values this way instead of writing YAML).
/// </summary>
public static class ScenarioParameters
{
    /// <summary>Every declared parameter, depth first in declaration order (sections before their keys).</summary>
    public static IReadOnlyList<DeclaredParameter> All { get; } = [.. Walk(typeof(Scenario), string.Empty)];

    /// <summary>The parameters the calibration fits by default (those with a <see cref="CalibratedAttribute"/>).</summary>
    public static IReadOnlyList<DeclaredParameter> Calibrated { get; } = [.. All.Where(p => p.Calibrated is not null)];

    /// <summary>The declared parameter at <paramref name="keyPath"/>, or null.</summary>
    public static DeclaredParameter? Find(string keyPath) => All.FirstOrDefault(p => p.KeyPath == keyPath);

    /// <summary>The number at <paramref name="keyPath"/> (a path through sections only, e.g. <c>relocation.beta_wage</c>).</summary>
    public static double Read(Scenario scenario, string keyPath)
    {
        var (owner, property) = Locate(scenario, keyPath);
        return Convert.ToDouble(property.GetValue(owner), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// <paramref name="scenario"/> with the number at <paramref name="keyPath"/> replaced; throws
    /// <see cref="ArgumentOutOfRangeException"/> when the value is outside the declared range.
    /// </summary>
    public static Scenario With(Scenario scenario, string keyPath, double value)
    {
        var declared = Find(keyPath) ?? throw new KeyNotFoundException($"'{keyPath}' is not a declared scenario parameter");
        var number = declared.Declaration;
        if (declared.Type != typeof(double) || value < number.Min || value > number.Max || (number.MinExclusive && value <= number.Min))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"'{keyPath}' takes a real number in {number.Min}..{number.Max}");
        }

        return (Scenario)Replace(scenario, keyPath.Split('.'), 0, value);
    }

    private static object Replace(object record, string[] keys, int depth, object value)
    {
        var type = record.GetType();
        var (parameter, _) = ParameterShapes.Declared(type).Single(d => d.Declaration.Key == keys[depth]);
        var current = type.GetProperty(parameter.Name!)!.GetValue(record)!;
        var replaced = depth == keys.Length - 1 ? value : Replace(current, keys, depth + 1, value);
        var constructor = ParameterShapes.Constructor(type);
        var arguments = constructor.GetParameters()
            .Select(p => p.Name == parameter.Name ? replaced : type.GetProperty(p.Name!)!.GetValue(record))
            .ToArray();
        return constructor.Invoke(arguments);
    }

    private static (object Owner, PropertyInfo Property) Locate(Scenario scenario, string keyPath)
    {
        object owner = scenario;
        var keys = keyPath.Split('.');
        for (var i = 0; ; i++)
        {
            var type = owner.GetType();
            var found = ParameterShapes.Declared(type).Where(d => d.Declaration.Key == keys[i]).Select(d => d.Parameter).FirstOrDefault()
                ?? throw new KeyNotFoundException($"'{keyPath}' is not a declared scenario parameter ('{keys[i]}')");
            var property = type.GetProperty(found.Name!)!;
            if (i == keys.Length - 1)
            {
                return (owner, property);
            }

            owner = property.GetValue(owner) ?? throw new KeyNotFoundException($"'{keyPath}': '{keys[i]}' has no value");
        }
    }

    private static IEnumerable<DeclaredParameter> Walk(Type section, string prefix)
    {
        foreach (var (parameter, declaration) in ParameterShapes.Declared(section))
        {
            var path = prefix + declaration.Key;
            var type = parameter.ParameterType;
            yield return new DeclaredParameter(path, type, declaration,
                (CalibratedAttribute?)Attribute.GetCustomAttribute(parameter, typeof(CalibratedAttribute)));
            var (inner, innerPrefix) = ParameterShapes.Of(type, declaration) switch
            {
                ParameterShape.Section => (type, path + "."),
                ParameterShape.Timeline => (ParameterShapes.ItemType(type), path + ".<month>."),
                ParameterShape.NamedEntries => (ParameterShapes.ItemType(type), path + ".<name>."),
                ParameterShape.IndexedByCode when ParameterShapes.IsSection(ParameterShapes.ItemType(type)) =>
                    (ParameterShapes.ItemType(type), path + ".<origin>."),
                _ => (null, string.Empty),
            };
            if (inner is not null)
            {
                foreach (var child in Walk(inner, innerPrefix))
                {
                    yield return child;
                }
            }
        }
    }
}
