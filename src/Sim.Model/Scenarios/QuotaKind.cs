namespace Sim.Model.Scenarios;

/// <summary>What a row of the quotas table (<c>scenarios/data/quotas.csv</c>, column <c>kind</c>) counts.</summary>
public enum QuotaKind
{
    /// <summary>State relocation programme participants a year (persons); a regional row is that region's share of the places.</summary>
    RelocationQuota,

    /// <summary>Supported kandas settlement a year (persons).</summary>
    KandasQuota,

    /// <summary>Employer work permits as a share of the labour force.</summary>
    EmployerPermitShare,

    /// <summary>Household labour-migrant permits as a share of the labour force.</summary>
    HouseholdPermitShare,
}
