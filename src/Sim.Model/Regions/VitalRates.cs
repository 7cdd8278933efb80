namespace Sim.Model.Regions;

/// <summary>Observed national vital rates by year (BNS), as read from the vital-rates CSV.</summary>
/// <param name="Years">The observed years in file order.</param>
public sealed record VitalRates(IReadOnlyList<VitalRateYear> Years);
