using System.Globalization;

namespace Sim.Grains.Regions;

/// <summary>The key of a region grain: <c>RunId/regionIndex</c>.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Region">The region index.</param>
public readonly record struct RegionKey(string RunId, int Region)
{
    /// <summary>The key of region <paramref name="region"/> of run <paramref name="runId"/>.</summary>
    public static string Format(string runId, int region) => runId + "/" + region.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses a region grain key.</summary>
    public static RegionKey Parse(string key)
    {
        var slash = key.LastIndexOf('/');
        if (slash <= 0 || !int.TryParse(key.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var region))
        {
            throw new FormatException($"'{key}' is not a region grain key (RunId/regionIndex)");
        }

        return new RegionKey(key[..slash], region);
    }
}
