namespace Sim.Model.Scenarios;

/// <summary>Every lever's timeline (<c>levers:</c>).</summary>
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
public sealed record PolicyLeverSchedule(
    LeverTimeline<InDemandPermitLever> InDemandPermit,
    LeverTimeline<InvestorVisaLever> InvestorVisa,
    LeverTimeline<ScientificVisaLever> ScientificVisa,
    LeverTimeline<RefugeeLever> Refugee,
    LeverTimeline<WorkPermitLever> WorkPermits,
    LeverTimeline<EnforcementLever> Enforcement,
    LeverTimeline<MigrantIdCardLever> MigrantIdCards,
    LeverTimeline<BorderControlLever> BorderControl,
    LeverTimeline<RelocationProgrammeLever> RelocationProgramme,
    LeverTimeline<KandasLever> Kandas)
{
    /// <summary>Every lever as in force in <paramref name="month"/>.</summary>
    public PolicyLevers At(YearMonth month) => new(
        InDemandPermit.At(month),
        InvestorVisa.At(month),
        ScientificVisa.At(month),
        Refugee.At(month),
        WorkPermits.At(month),
        Enforcement.At(month),
        MigrantIdCards.At(month),
        BorderControl.At(month),
        RelocationProgramme.At(month),
        Kandas.At(month));
}
