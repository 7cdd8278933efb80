using System.Text.RegularExpressions;

namespace Sim.Host.Cli;

/// <summary>
/// Rewords the command-line parser's type errors for a person: "Cannot parse argument '-1x' for option '--seed' as
/// expected type 'System.Nullable`1[System.Int64]'" becomes "--seed -1x: not a whole number (or too large for one)".
/// </summary>
internal static partial class ParseErrorText
{
    public static string Describe(string message)
    {
        var match = TypeError().Match(message);
        if (!match.Success)
        {
            return message;
        }

        var type = match.Groups["type"].Value;
        var what = type.Contains("Int", StringComparison.Ordinal)
            ? "not a whole number (or too large for one)"
            : type.Contains("Boolean", StringComparison.Ordinal) ? "allowed true or false" : "not a value of the allowed kind";
        return $"{match.Groups["name"].Value} {match.Groups["value"].Value}: {what}";
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?:option|argument|command) '(?<name>[^']+)' as expected type '(?<type>[^']+)'\.?$")]
    private static partial Regex TypeError();
}
