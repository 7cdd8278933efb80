namespace Sim.Model.Scenarios;

/// <summary>
/// State relocation programme. Its quota of each year, the places by destination region and the listed surplus
/// and shortage regions are data (population.quotas, population.relocation_regions); the lever scales the quota.
/// </summary>
/// <param name="Enabled">Whether the programme runs.</param>
/// <param name="QuotaMultiplier">Multiplier on the enacted quota (1 = as enacted).</param>
/// <param name="Uptake">Share of the quota actually used.</param>
/// <param name="SubsidyKzt">Subsidy package per participant, KZT.</param>
[ParameterSection("Relocation programme lever: quotas and regions are in population.quotas and population.relocation_regions.")]
public sealed record RelocationProgrammeLever(
    [Parameter("enabled", "Whether the programme runs.")] bool Enabled,
    [Parameter("quota_multiplier", "Multiplier on the enacted national quota of the year (population.quotas); 1 = as enacted.", Min = 0, Max = 100)] double QuotaMultiplier,
    [Parameter("uptake", "Share of the quota actually used.", Share = true)] double Uptake,
    [Parameter("subsidy_kzt", "Value of the subsidy package per participant.", Min = 0, Max = 1e9, Unit = "KZT")] double SubsidyKzt);
