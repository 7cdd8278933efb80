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
public sealed record LegalStatusParameters(
    int WorkPermitMonths,
    int ResidencePermitMonths,
    int TemporaryResidenceMonths,
    double PermanentOnExpiryShare,
    double LeaveOnExpiryShare,
    double InDemandApplyShare,
    double InvestorReferenceUsd,
    double InvestorParetoAlpha,
    double RefugeeGrantShare,
    double IrregularExitShare);
