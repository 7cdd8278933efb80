namespace Sim.Model.Scenarios;

/// <summary>Border crossing capacity.</summary>
/// <param name="CapacityPerMonth">Arrivals the border can process a month nationally, persons.</param>
[ParameterSection("Border control lever.")]
public sealed record BorderControlLever(
    [Parameter("capacity_per_month", "Arrivals the border can process a month nationally; the excess waits.", Min = 0, Max = 1e9, Unit = "persons a month")] double CapacityPerMonth);
