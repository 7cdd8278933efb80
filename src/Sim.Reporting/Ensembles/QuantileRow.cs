namespace Sim.Reporting.Ensembles;

/// <summary>One row of a quantile table in long form.</summary>
/// <param name="Month">The month (first day).</param>
/// <param name="Region">Region code; null in the national table.</param>
/// <param name="Indicator">The region_month column.</param>
/// <param name="Statistics">Quantiles and mean over members.</param>
/// <param name="Members">Number of members.</param>
public sealed record QuantileRow(DateOnly Month, string? Region, string Indicator, QuantileSet Statistics, int Members);
