namespace Sim.Scenarios;

/// <summary>
/// The scenario names of a parameter that is one of a fixed set (an enum such as
/// <see cref="Sim.Model.Scenarios.OutputCompression"/>): each member's name in lower case, in declaration order.
/// The loader, the schema, the resolved YAML and the command line's options all name the values this way.
/// </summary>
public static class ScenarioChoices
{
    /// <summary>The allowed names of <paramref name="enumType"/>'s values, in declaration order.</summary>
    public static IReadOnlyList<string> Names(Type enumType)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        return [.. Enum.GetNames(enumType).Select(n => n.ToLowerInvariant())];
    }

    /// <summary>The scenario name of <paramref name="value"/>.</summary>
    public static string Name(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.ToString().ToLowerInvariant();
    }

    /// <summary>The value named <paramref name="text"/> (exactly one of <see cref="Names"/>), or null.</summary>
    public static object? Parse(Type enumType, string text)
    {
        var index = Names(enumType).ToList().IndexOf(text);
        return index < 0 ? null : Enum.GetValues(enumType).GetValue(index);
    }

    /// <summary>Parses <paramref name="text"/> as one of <typeparamref name="T"/>'s names.</summary>
    public static bool TryParse<T>(string text, out T value)
        where T : struct, Enum
    {
        var parsed = Parse(typeof(T), text);
        value = parsed is T v ? v : default;
        return parsed is not null;
    }

    /// <summary>The allowed names joined for a message: <c>snappy, zstd, none</c>.</summary>
    public static string Allowed(Type enumType) => string.Join(", ", Names(enumType));
}
