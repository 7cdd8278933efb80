namespace Sim.Model.Scenarios;

/// <summary>Work-permit quotas: the enacted employer and household shares of each year (quotas table) times a multiplier, or a region's own share.</summary>
/// <param name="QuotaMultiplier">Multiplier on the enacted quota share (1 = as enacted).</param>
/// <param name="ByRegion">Quota share of particular regions (an akimat's quota), replacing the enacted share there.</param>
/// <param name="ForeignHireShare">Share of vacancies foreign seekers may fill under a permit.</param>
[ParameterSection("Work-permit quota lever: the enacted shares of each year are in population.quotas.")]
public sealed record WorkPermitLever(
    [Parameter("quota_multiplier", "Multiplier on the enacted employer + household quota share of the year (population.quotas); 1 = as enacted.", Min = 0, Max = 100)] double QuotaMultiplier,
    [Parameter("by_region", "Quota share of particular regions (an akimat's quota), replacing the enacted share there.", Keys = ParameterKeys.Region, Share = true)] IReadOnlyDictionary<string, double> ByRegion,
    [Parameter("foreign_hire_share", "Share of vacancies foreign seekers may fill under a permit.", Share = true)] double ForeignHireShare);
