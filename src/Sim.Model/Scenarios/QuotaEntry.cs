namespace Sim.Model.Scenarios;

/// <summary>One row of the quotas table.</summary>
/// <param name="Year">Calendar year the quota is for.</param>
/// <param name="Kind">What it counts.</param>
/// <param name="Region">Region code, or empty for the national figure.</param>
/// <param name="Value">Persons a year, or a share of the labour force for the permit kinds.</param>
public sealed record QuotaEntry(int Year, QuotaKind Kind, string Region, double Value);
