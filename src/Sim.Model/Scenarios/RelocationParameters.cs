namespace Sim.Model.Scenarios;

/// <summary>Internal relocation (<c>relocation:</c>): a multinomial logit over destinations with a stay option.</summary>
/// <param name="ConsiderRatePerMonth">Monthly share considering a move.</param>
/// <param name="AgeMultiplier">Multipliers by age band.</param>
/// <param name="ForeignerMultiplier">Propensity of foreign residents relative to citizens.</param>
/// <param name="BetaWage">Coefficient of ln(destination wage).</param>
/// <param name="BetaUnemployment">Coefficient of the destination's unemployment rate (entered negated).</param>
/// <param name="BetaRent">Coefficient of ln(destination rent per m²) (entered negated).</param>
/// <param name="BetaDistance">Coefficient of ln(distance) (entered negated).</param>
/// <param name="BetaSubsidy">Coefficient of the relocation subsidy in subsidy units.</param>
/// <param name="SubsidyUnitKzt">KZT per subsidy unit.</param>
/// <param name="StayUtility">Utility of staying.</param>
/// <param name="DestinationSizeWeight">Coefficient of ln(destination population).</param>
/// <param name="Attractiveness">
/// Region constant A_j added to the utility of living in region j (as destination and as the stay option): what
/// draws people to a region beyond wage, unemployment, rent, size and distance; regions not listed have 0.
/// </param>
[ParameterSection("Internal relocation between regions: multinomial logit with a stay option.")]
public sealed record RelocationParameters(
    [Parameter("consider_rate_per_month", "Monthly share of residents who consider moving (before age multipliers).", Min = 0, Max = 0.5, Unit = "per month")]
    double ConsiderRatePerMonth,
    [Parameter("age_multiplier", "Propensity to consider a move by age, relative.")]
    AgeMultipliers AgeMultiplier,
    [Parameter("foreigner_multiplier", "Propensity of foreign residents relative to citizens.", Min = 0, Max = 10)]
    double ForeignerMultiplier,
    [Parameter("beta_wage", "Coefficient of ln(average wage) of the destination.", Min = -20, Max = 20)]
    [Calibrated(0, 4, "pull of high-wage regions")]
    double BetaWage,
    [Parameter("beta_unemployment", "Coefficient of the destination's unemployment rate (0..1), entered with a minus sign.", Min = -100, Max = 100)]
    double BetaUnemployment,
    [Parameter("beta_rent", "Coefficient of ln(rent per m2) of the destination, entered with a minus sign.", Min = -20, Max = 20)]
    double BetaRent,
    [Parameter("beta_distance", "Coefficient of ln(distance in km), entered with a minus sign.", Min = -20, Max = 20)]
    [Calibrated(0, 3, "friction of distance")]
    double BetaDistance,
    [Parameter("beta_subsidy", "Coefficient of the relocation subsidy in units of subsidy_unit_kzt.", Min = -20, Max = 20)]
    double BetaSubsidy,
    [Parameter("subsidy_unit_kzt", "KZT that count as one unit of subsidy in the logit.", Min = 1, Max = 1e9, Unit = "KZT")]
    double SubsidyUnitKzt,
    [Parameter("stay_utility", "Utility constant of staying.", Min = -50, Max = 50)]
    [Calibrated(-8, 0, "volume of inter-regional moves")]
    double StayUtility,
    [Parameter("destination_size_weight", "Coefficient of ln(destination population): bigger regions have more opportunities.", Min = -5, Max = 5)]
    [Calibrated(0, 2, "pull of large regions")]
    double DestinationSizeWeight,
    [Parameter("attractiveness", "Region constant added to the utility of living in the region (destination and stay option); estimated so that the 2022 net internal migration is reproduced; unlisted regions 0.", Keys = ParameterKeys.Region, Min = -10, Max = 10)]
    IReadOnlyDictionary<string, double> Attractiveness);
