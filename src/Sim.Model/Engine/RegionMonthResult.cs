namespace Sim.Model.Engine;

/// <summary>What <see cref="RegionSimulation.Advance"/> returns: the month's partial row, movers and flows.</summary>
/// <param name="Indicators">The region's row so far (moves_in, population_end and the stocks arrive with <see cref="RegionSimulation.Receive"/>).</param>
/// <param name="Outgoing">One batch per destination that receives movers, in destination order.</param>
/// <param name="Flows">Flow rows (origin = this region), in (destination, group) order.</param>
public sealed record RegionMonthResult(RegionMonthIndicators Indicators, IReadOnlyList<MoverBatch> Outgoing, IReadOnlyList<FlowRow> Flows);
