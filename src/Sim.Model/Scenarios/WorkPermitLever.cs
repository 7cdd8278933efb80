namespace Sim.Model.Scenarios;

/// <summary>Work-permit quotas.</summary>
/// <param name="QuotaShare">Quota as a share of the labour force where a region has no own value.</param>
/// <param name="ByRegion">Quota share of particular regions.</param>
/// <param name="ForeignHireShare">Share of vacancies foreign seekers may fill under a permit.</param>
[ParameterSection("Work-permit quota lever.")]
public sealed record WorkPermitLever(
    [Parameter("quota_share", "Quota as a share of the labour force, all regions without their own value.", Share = true)] double QuotaShare,
    [Parameter("by_region", "Quota share of particular regions.", Keys = ParameterKeys.Region, Share = true)] IReadOnlyDictionary<string, double> ByRegion,
    [Parameter("foreign_hire_share", "Share of vacancies foreign seekers may fill under a permit.", Share = true)] double ForeignHireShare);
