namespace Sim.Model.Scenarios;

/// <summary>Work-permit quotas.</summary>
/// <param name="QuotaShare">Quota as a share of the labour force.</param>
/// <param name="ByRegion">Quota shares of particular regions by code.</param>
/// <param name="ForeignHireShare">Share of vacancies foreign seekers may fill under a permit.</param>
public sealed record WorkPermitLever(double QuotaShare, IReadOnlyDictionary<string, double> ByRegion, double ForeignHireShare);
