using Sim.Model.Regions;

namespace Sim.Model.Scenarios;

/// <summary>The base-data tables a scenario names, already read: the model reads no files.</summary>
/// <param name="Regions">The regions (from <see cref="PopulationParameters.RegionsPath"/>).</param>
/// <param name="VitalRates">Observed vital rates (from <see cref="PopulationParameters.VitalRatesPath"/>).</param>
/// <param name="KandasArrivals">Observed kandas arrivals a year, a point each January (from <see cref="PopulationParameters.KandasArrivalsPath"/>).</param>
/// <param name="KandasSettlement">Observed settlement shares of kandas by region code (from <see cref="PopulationParameters.KandasSettlementPath"/>).</param>
/// <param name="Quotas">Enacted quotas by year (from <see cref="PopulationParameters.QuotasPath"/>).</param>
/// <param name="RelocationRegions">Regions of the relocation programme (from <see cref="PopulationParameters.RelocationRegionsPath"/>).</param>
public sealed record ScenarioTables(
    RegionTable Regions,
    VitalRates VitalRates,
    MonthSeries KandasArrivals,
    IReadOnlyDictionary<string, double> KandasSettlement,
    QuotaTable Quotas,
    IReadOnlyList<RelocationRegion> RelocationRegions);
