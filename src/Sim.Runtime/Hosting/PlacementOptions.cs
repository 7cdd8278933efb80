namespace Sim.Runtime;

/// <summary>Options of grain placement. Every silo and client of a cluster must use the same values.</summary>
public sealed class PlacementOptions
{
    /// <summary>Points each silo occupies on the consistent-hash ring; more points, more even spread.</summary>
    public int VirtualNodesPerSilo { get; set; } = 128;

    /// <summary>The strategy of grain classes that carry no placement attribute.</summary>
    public PlacementStrategy DefaultStrategy { get; set; } = PlacementStrategy.HashBased;
}
