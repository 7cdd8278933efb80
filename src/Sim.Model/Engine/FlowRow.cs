namespace Sim.Model.Engine;

/// <summary>One row of <c>flows</c>: movers from one region to another in a month, agents.</summary>
/// <param name="OriginRegion">Region moved from.</param>
/// <param name="DestinationRegion">Region moved to.</param>
/// <param name="Group">Mover group.</param>
/// <param name="Count">Movers, agents.</param>
public readonly record struct FlowRow(int OriginRegion, int DestinationRegion, FlowGroup Group, int Count);
