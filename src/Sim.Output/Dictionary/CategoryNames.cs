using System.Text;
using Sim.Model.Engine;
using Sim.Model.Population;

namespace Sim.Output.Dictionary;

/// <summary>
/// The strings the outputs use for the model's small enums (snake_case of the enum member, scenario keys for
/// professions and citizenships), as lookup tables indexed by the enum's byte so writing a column allocates nothing.
/// </summary>
public static class CategoryNames
{
    /// <summary>Sex by byte value.</summary>
    public static IReadOnlyList<string> Sex { get; } = Of<Sex>();

    /// <summary>Citizenship group by byte value (<c>KZ</c>, <c>RU</c>, ...).</summary>
    public static IReadOnlyList<string> Citizenship { get; } = Enum.GetValues<Citizenship>().Select(Names.Key).ToArray();

    /// <summary>Legal status by byte value.</summary>
    public static IReadOnlyList<string> LegalStatus { get; } = Of<LegalStatus>();

    /// <summary>Profession group by byte value (scenario keys, <c>none</c> for children and the inactive).</summary>
    public static IReadOnlyList<string> Profession { get; } = Enum.GetValues<Profession>().Select(Names.Key).ToArray();

    /// <summary>Activity by byte value.</summary>
    public static IReadOnlyList<string> Activity { get; } = Of<Activity>();

    /// <summary>Flow group by byte value.</summary>
    public static IReadOnlyList<string> FlowGroup { get; } = Of<FlowGroup>();

    /// <summary>Event kind by byte value.</summary>
    public static IReadOnlyList<string> EventKind { get; } = Of<PersonEventKind>();

    /// <summary>Departure reason by byte value.</summary>
    public static IReadOnlyList<string> DepartureReason { get; } = Of<DepartureReason>();

    /// <summary>The allowed values of a category, for the data dictionary (e.g. <c>male, female</c>).</summary>
    public static string List(IReadOnlyList<string> names) => string.Join(", ", names);

    /// <summary>The snake_case form of a PascalCase identifier (<c>VisaFree</c> → <c>visa_free</c>).</summary>
    public static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && !char.IsUpper(name[i - 1]))
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static string[] Of<TEnum>()
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        var result = new string[values.Length];
        foreach (var value in values)
        {
            var index = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
            if (index < 0 || index >= result.Length)
            {
                throw new InvalidOperationException($"{typeof(TEnum).Name}.{value} is not a dense byte value");
            }

            result[index] = SnakeCase(value.ToString());
        }

        return result;
    }
}
