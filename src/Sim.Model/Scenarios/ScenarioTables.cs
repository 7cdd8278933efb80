using Sim.Model.Regions;

namespace Sim.Model.Scenarios;

/// <summary>The base-data tables a scenario names, already read: the model reads no files.</summary>
/// <param name="Regions">The regions (from <see cref="PopulationParameters.RegionsPath"/>).</param>
/// <param name="VitalRates">Observed vital rates (from <see cref="PopulationParameters.VitalRatesPath"/>).</param>
public sealed record ScenarioTables(RegionTable Regions, VitalRates VitalRates);
