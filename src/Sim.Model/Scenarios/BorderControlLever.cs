namespace Sim.Model.Scenarios;

/// <summary>Border crossing capacity.</summary>
/// <param name="CapacityPerMonth">Arrivals processed a month nationally, persons.</param>
public sealed record BorderControlLever(double CapacityPerMonth);
