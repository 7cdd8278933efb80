namespace Sim.Calibration.Fit;

/// <summary>A regional table of the report: one quantity at one date or over one year, by region.</summary>
/// <param name="Title">What the table shows.</param>
/// <param name="Rows">One row per region, in region order.</param>
public sealed record RegionalComparison(string Title, IReadOnlyList<RegionValue> Rows);
