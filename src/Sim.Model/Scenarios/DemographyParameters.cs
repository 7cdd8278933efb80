namespace Sim.Model.Scenarios;

/// <summary>Births and deaths (<c>demography:</c>).</summary>
/// <param name="Tfr">Scenario TFR path (overlaid on the observed series of the vital-rates file).</param>
/// <param name="CrudeBirthRatePer1000">
/// Scenario crude birth rate path, ‰ a year (overlaid on observed values; where neither gives a value after the
/// last observed year, the rate follows the TFR path in proportion).
/// </param>
/// <param name="CrudeDeathRatePer1000">Scenario crude death rate path, ‰ a year (overlaid on observed values).</param>
/// <param name="LifeExpectancyMenYears">e0 of men the schedule is fitted to.</param>
/// <param name="LifeExpectancyWomenYears">e0 of women the schedule is fitted to.</param>
/// <param name="GompertzSlope">Gompertz slope b, per year of age.</param>
/// <param name="MakehamConstant">Makeham constant c, per year.</param>
/// <param name="InfantMortalityPer1000">Deaths in the first year per 1000 births.</param>
/// <param name="FertilityMeanAgeYears">Hadwiger location c.</param>
/// <param name="FertilitySpread">Hadwiger shape b.</param>
/// <param name="FertilityMinAgeYears">Youngest mothers.</param>
/// <param name="FertilityMaxAgeYears">Oldest mothers.</param>
[ParameterSection("Births and deaths.")]
public sealed record DemographyParameters(
    [Parameter("tfr", "Total fertility rate from each month on (overrides the vital-rates file).", Min = 0.5, Max = 8, Unit = "children per woman")]
    MonthSeries Tfr,
    [Parameter("crude_birth_rate_per_1000", "Crude birth rate births are scaled to, from each month on; after the last observed year and where unset, the last observed rate times TFR / TFR of that year.", Min = 1, Max = 60, Unit = "births per 1000 persons a year")]
    MonthSeries CrudeBirthRatePer1000,
    [Parameter("crude_death_rate_per_1000", "Crude death rate the mortality schedule is scaled to, from each month on.", Min = 1, Max = 30, Unit = "deaths per 1000 persons a year")]
    MonthSeries CrudeDeathRatePer1000,
    [Parameter("life_expectancy_men_years", "Life expectancy at birth of men the Gompertz-Makeham schedule is fitted to.", Min = 40, Max = 95, Unit = "years")]
    double LifeExpectancyMenYears,
    [Parameter("life_expectancy_women_years", "Life expectancy at birth of women the Gompertz-Makeham schedule is fitted to.", Min = 40, Max = 95, Unit = "years")]
    double LifeExpectancyWomenYears,
    [Parameter("gompertz_slope", "Gompertz slope b of mu(x) = a*exp(b*x) + c.", Min = 0.03, Max = 0.2, Unit = "per year of age")]
    double GompertzSlope,
    [Parameter("makeham_constant", "Makeham age-independent hazard c.", Min = 0, Max = 0.05, Unit = "per year")]
    double MakehamConstant,
    [Parameter("infant_mortality_per_1000", "Deaths in the first year of life per 1000 births.", Min = 0, Max = 100, Unit = "per 1000 births")]
    double InfantMortalityPer1000,
    [Parameter("fertility_mean_age_years", "Hadwiger fertility schedule: location c (close to the mean age of mothers).", Min = 20, Max = 40, Unit = "years")]
    double FertilityMeanAgeYears,
    [Parameter("fertility_spread", "Hadwiger fertility schedule: shape b (larger is more concentrated).", Min = 1, Max = 10)]
    double FertilitySpread,
    [Parameter("fertility_min_age_years", "Youngest age of mothers.", Min = 10, Max = 20, Unit = "years")]
    int FertilityMinAgeYears,
    [Parameter("fertility_max_age_years", "Oldest age of mothers.", Min = 40, Max = 55, Unit = "years")]
    int FertilityMaxAgeYears);
