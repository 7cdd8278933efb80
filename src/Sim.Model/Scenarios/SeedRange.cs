using System.Globalization;

namespace Sim.Model.Scenarios;

/// <summary>
/// The one range of seeds, in scenario files and on the command line: 0 to 2^53 - 1. Every such integer is exact
/// as a JSON number (manifest.json read by JavaScript, DuckDB or pandas) and as a YAML number read as a double.
/// </summary>
public static class SeedRange
{
    /// <summary>The largest seed, 2^53 - 1 = 9007199254740991.</summary>
    public const long Max = (1L << 53) - 1;

    /// <summary>The range as a message fragment.</summary>
    public static string Description { get; } = string.Create(CultureInfo.InvariantCulture, $"an integer from 0 to {Max}");

    /// <summary>Whether <paramref name="seed"/> is allowed.</summary>
    public static bool Contains(long seed) => seed is >= 0 and <= Max;
}
