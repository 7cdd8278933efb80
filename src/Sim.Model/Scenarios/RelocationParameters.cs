namespace Sim.Model.Scenarios;

/// <summary>Internal relocation (<c>relocation:</c>).</summary>
/// <param name="ConsiderRatePerMonth">Monthly share considering a move.</param>
/// <param name="AgeMultiplier">Multipliers for ages 0–17, 18–34, 35–59, 60+.</param>
/// <param name="ForeignerMultiplier">Propensity of foreign residents relative to citizens.</param>
/// <param name="BetaWage">β_w.</param>
/// <param name="BetaUnemployment">β_u.</param>
/// <param name="BetaRent">β_r.</param>
/// <param name="BetaDistance">β_d.</param>
/// <param name="BetaSubsidy">β_s.</param>
/// <param name="SubsidyUnitKzt">KZT per subsidy unit.</param>
/// <param name="StayUtility">Utility of staying.</param>
/// <param name="DestinationSizeWeight">Coefficient of ln(destination population).</param>
public sealed record RelocationParameters(
    double ConsiderRatePerMonth,
    IReadOnlyList<double> AgeMultiplier,
    double ForeignerMultiplier,
    double BetaWage,
    double BetaUnemployment,
    double BetaRent,
    double BetaDistance,
    double BetaSubsidy,
    double SubsidyUnitKzt,
    double StayUtility,
    double DestinationSizeWeight);
