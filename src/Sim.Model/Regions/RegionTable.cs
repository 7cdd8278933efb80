namespace Sim.Model.Regions;

/// <summary>The regions of a scenario (one row of the regions CSV each), in index order.</summary>
/// <param name="Regions">The regions; a region's index is its position.</param>
public sealed record RegionTable(IReadOnlyList<Region> Regions);
