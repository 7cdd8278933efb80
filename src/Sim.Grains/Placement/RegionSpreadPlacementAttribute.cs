using Orleans.Placement;

namespace Sim.Grains.Placement;

/// <summary>Marks a grain class keyed <c>RunId/index</c> as placed by <see cref="RegionSpreadPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RegionSpreadPlacementAttribute : PlacementAttribute
{
    /// <summary>Creates the attribute.</summary>
    public RegionSpreadPlacementAttribute()
        : base(RegionSpreadPlacement.Instance)
    {
    }
}
