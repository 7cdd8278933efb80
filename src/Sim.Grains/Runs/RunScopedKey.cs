using System.Globalization;

namespace Sim.Grains.Runs;

/// <summary>Grain keys scoped to a run: <c>RunId/number</c> (region grains, person grains).</summary>
public static class RunScopedKey
{
    /// <summary>Formats <c>RunId/number</c>.</summary>
    public static string Format(string runId, long number) => runId + "/" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Splits <c>RunId/number</c>; throws <see cref="FormatException"/> naming <paramref name="what"/> otherwise.</summary>
    public static (string RunId, long Number) Parse(string key, string what)
    {
        var slash = key.LastIndexOf('/');
        if (slash <= 0 || !long.TryParse(key.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw new FormatException($"'{key}' is not a {what} grain key (RunId/number)");
        }

        return (key[..slash], number);
    }
}
