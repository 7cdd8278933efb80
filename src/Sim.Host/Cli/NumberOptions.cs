using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Sim.Host.Cli;

/// <summary>
/// Options holding a decimal number, parsed the same on every machine: a '.' decimal point and no thousands
/// separators. (The default parser follows the user's locale and accepts group separators, so '--scale 0,1' read as 1
/// and, under a German locale, '--scale 0.01' read as 1: a run a hundred times larger than asked for.)
/// </summary>
internal static class NumberOptions
{
    /// <summary>An optional decimal option.</summary>
    public static Option<double?> Optional(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => Parse(result, name),
    };

    /// <summary>A decimal option with a default.</summary>
    public static Option<double> WithDefault(string name, string description, double defaultValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result => Parse(result, name) ?? defaultValue,
    };

    private static double? Parse(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Join(' ', result.Tokens.Select(t => t.Value));
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        result.AddError($"{name} {text}: not a number; allowed a decimal number written with a '.' point, e.g. 0.01");
        return null;
    }
}
