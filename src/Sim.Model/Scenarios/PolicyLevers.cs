namespace Sim.Model.Scenarios;

/// <summary>Every lever as in force in one month.</summary>
/// <param name="InDemandPermit">In-demand professions permit.</param>
/// <param name="InvestorVisa">Investor visa.</param>
/// <param name="ScientificVisa">Scientific-pedagogical visa.</param>
/// <param name="Refugee">Refugee status.</param>
/// <param name="WorkPermits">Work-permit quotas.</param>
/// <param name="Enforcement">Enforcement.</param>
/// <param name="MigrantIdCards">Migrant ID cards.</param>
/// <param name="BorderControl">Border capacity.</param>
/// <param name="RelocationProgramme">Relocation programme.</param>
/// <param name="Kandas">Kandas quota.</param>
public sealed record PolicyLevers(
    InDemandPermitLever InDemandPermit,
    InvestorVisaLever InvestorVisa,
    ScientificVisaLever ScientificVisa,
    RefugeeLever Refugee,
    WorkPermitLever WorkPermits,
    EnforcementLever Enforcement,
    MigrantIdCardLever MigrantIdCards,
    BorderControlLever BorderControl,
    RelocationProgrammeLever RelocationProgramme,
    KandasLever Kandas);
