using Sim.Grains.Runs;

namespace Sim.Grains.Regions;

/// <summary>The key of a region grain: <c>RunId/regionIndex</c>.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Region">The region index.</param>
public readonly record struct RegionKey(string RunId, int Region)
{
    /// <summary>The key of region <paramref name="region"/> of run <paramref name="runId"/>.</summary>
    public static string Format(string runId, int region) => RunScopedKey.Format(runId, region);

    /// <summary>Parses a region grain key.</summary>
    public static RegionKey Parse(string key)
    {
        var (runId, number) = RunScopedKey.Parse(key, "region");
        return new RegionKey(runId, checked((int)number));
    }
}
