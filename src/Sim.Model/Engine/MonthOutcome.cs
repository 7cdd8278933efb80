namespace Sim.Model.Engine;

/// <summary>The result of one simulated month of the whole country.</summary>
/// <param name="Month">The month.</param>
/// <param name="Regions">Final rows in region order.</param>
/// <param name="Flows">Flow rows sorted by (origin, destination, group).</param>
/// <param name="National">The national aggregate.</param>
public sealed record MonthOutcome(YearMonth Month, IReadOnlyList<RegionMonthIndicators> Regions, IReadOnlyList<FlowRow> Flows, NationalIndicators National);
