namespace Sim.Model.Scenarios;

/// <summary>Legal status transitions (<c>legal_status:</c>).</summary>
/// <param name="WorkPermitMonths">Work-permit validity.</param>
/// <param name="ResidencePermitMonths">10-year residence permit validity.</param>
/// <param name="TemporaryResidenceMonths">Other temporary residence validity.</param>
/// <param name="PermanentOnExpiryShare">Share of residence-permit holders becoming permanent residents at expiry.</param>
/// <param name="LeaveOnExpiryShare">Share without a permit who leave instead of staying irregularly.</param>
/// <param name="InDemandApplyShare">Share of qualifying in-demand professionals who apply.</param>
/// <param name="InvestorReferenceUsd">Wealth threshold of the origin investor shares.</param>
/// <param name="InvestorParetoAlpha">Pareto tail index of wealth.</param>
/// <param name="RefugeeGrantShare">Share of asylum claims granted.</param>
/// <param name="IrregularExitShare">Monthly voluntary exit share of irregular persons.</param>
/// <param name="DeporteeReturnShare">Share of deported persons who try to come back.</param>
/// <param name="DeporteeReturnMonths">Mean months from deportation to that attempt.</param>
/// <param name="SolvencyShare">Share of applicants for permanent residence who prove the income Article 49 requires (in-demand permit holders exempt).</param>
[ParameterSection("Legal status transitions when a stay or permit expires.")]
public sealed record LegalStatusParameters(
    [Parameter("work_permit_months", "Validity of a work permit.", Min = 1, Max = 120, Unit = "months")]
    int WorkPermitMonths,
    [Parameter("residence_permit_months", "Validity of a 10-year residence permit (in-demand, investor, scientific).", Min = 1, Max = 240, Unit = "months")]
    int ResidencePermitMonths,
    [Parameter("temporary_residence_months", "Validity of other temporary residence (EAEU workers, refugees' renewals).", Min = 1, Max = 120, Unit = "months")]
    int TemporaryResidenceMonths,
    [Parameter("permanent_on_expiry_share", "Share of residence-permit holders who get permanent residence when it expires.", Share = true)]
    double PermanentOnExpiryShare,
    [Parameter("leave_on_expiry_share", "Share of persons without a permit who leave rather than stay irregularly.", Share = true)]
    double LeaveOnExpiryShare,
    [Parameter("in_demand_apply_share", "Share of qualifying in-demand professionals who apply for the residence permit.", Share = true)]
    double InDemandApplyShare,
    [Parameter("investor_reference_usd", "Wealth threshold the origin investor shares refer to.", Min = 1, Max = 1e9, Unit = "USD")]
    double InvestorReferenceUsd,
    [Parameter("investor_pareto_alpha", "Pareto tail index of wealth above the reference (share scales as (ref/threshold)^alpha).", Min = 0.1, Max = 5)]
    double InvestorParetoAlpha,
    [Parameter("refugee_grant_share", "Share of asylum claims granted.", Share = true)]
    double RefugeeGrantShare,
    [Parameter("irregular_exit_share", "Monthly share of irregular persons who regularise by leaving voluntarily.", Share = true, Unit = "per month")]
    double IrregularExitShare,
    [Parameter("deportee_return_share", "Share of deported persons who try to enter again (refused while their entry ban lasts, and then they do not retry).", Share = true)]
    double DeporteeReturnShare,
    [Parameter("deportee_return_months", "Mean months from deportation to that attempt (geometric).", Min = 1, Max = 240, Unit = "months")]
    double DeporteeReturnMonths,
    [Parameter("solvency_share", "Share of residence-permit holders applying for permanent residence who prove the income Article 49 requires; in-demand permit holders are exempt; 1 = the requirement refuses no one beyond permanent_on_expiry_share.", Share = true)]
    double SolvencyShare);
