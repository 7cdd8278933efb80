namespace Sim.Model.Scenarios;

/// <summary>Kandas quota for supported settlement: the enacted quota of the year (quotas table) times a multiplier.</summary>
/// <param name="QuotaMultiplier">Multiplier on the enacted quota (1 = as enacted).</param>
[ParameterSection("Kandas quota lever: the enacted quota of each year is in population.quotas.")]
public sealed record KandasLever(
    [Parameter("quota_multiplier", "Multiplier on the enacted kandas quota of the year (population.quotas); 1 = as enacted.", Min = 0, Max = 100)] double QuotaMultiplier);
