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
[ParameterSection("Policy levers. Each lever maps effective months (YYYY-MM) to the fields that change then; fields not given carry forward; the earliest entry must give every field.")]
public sealed record PolicyLeverSchedule(
    [Parameter("in_demand_permit", "10-year residence permit for in-demand professions.")]
    LeverTimeline<InDemandPermitLever> InDemandPermit,
    [Parameter("investor_visa", "10-year investor residence permit.")]
    LeverTimeline<InvestorVisaLever> InvestorVisa,
    [Parameter("scientific_visa", "Scientific-pedagogical visa (the 500+ programme).")]
    LeverTimeline<ScientificVisaLever> ScientificVisa,
    [Parameter("refugee_status", "Refugee status and non-expulsion.")]
    LeverTimeline<RefugeeLever> Refugee,
    [Parameter("work_permits", "Work-permit quotas as a share of the regional labour force.")]
    LeverTimeline<WorkPermitLever> WorkPermits,
    [Parameter("enforcement", "Detection and deportation of irregular migrants.")]
    LeverTimeline<EnforcementLever> Enforcement,
    [Parameter("migrant_id_cards", "Migrant ID cards issued at entry.")]
    LeverTimeline<MigrantIdCardLever> MigrantIdCards,
    [Parameter("border_control", "Border crossing capacity.")]
    LeverTimeline<BorderControlLever> BorderControl,
    [Parameter("relocation_programme", "State relocation programme from labour-surplus to labour-shortage regions.")]
    LeverTimeline<RelocationProgrammeLever> RelocationProgramme,
    [Parameter("kandas", "Kandas quota for supported settlement in the programme's destination regions.")]
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
