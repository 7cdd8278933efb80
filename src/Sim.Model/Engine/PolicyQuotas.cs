namespace Sim.Model.Engine;

/// <summary>
/// The quotas in force in one month: the enacted figures of the quotas table for the month's year, the relocation
/// programme's listed regions, and the levers' multipliers applied. Arrays are indexed by region.
/// </summary>
/// <param name="RelocationQuotaPerYear">Relocation programme places a year nationally, persons.</param>
/// <param name="RelocationOrigins">Whether each region is a listed surplus region (participants come from it).</param>
/// <param name="RelocationDestinations">Places by listed shortage region (the regional quota where the table has one, the rest of the national quota shared equally by the others); 0 elsewhere.</param>
/// <param name="KandasQuotaPerYear">Supported kandas a year nationally, persons.</param>
/// <param name="WorkPermitShare">Work-permit quota (employer + household) as a share of each region's labour force.</param>
public sealed record PolicyQuotas(
    double RelocationQuotaPerYear,
    IReadOnlyList<bool> RelocationOrigins,
    IReadOnlyList<double> RelocationDestinations,
    double KandasQuotaPerYear,
    IReadOnlyList<double> WorkPermitShare);
