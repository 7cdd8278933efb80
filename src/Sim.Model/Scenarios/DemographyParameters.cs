namespace Sim.Model.Scenarios;

/// <summary>Births and deaths (<c>demography:</c>).</summary>
/// <param name="Tfr">Scenario TFR path (overlaid on the observed series of the vital-rates file).</param>
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
public sealed record DemographyParameters(
    MonthSeries Tfr,
    MonthSeries CrudeDeathRatePer1000,
    double LifeExpectancyMenYears,
    double LifeExpectancyWomenYears,
    double GompertzSlope,
    double MakehamConstant,
    double InfantMortalityPer1000,
    double FertilityMeanAgeYears,
    double FertilitySpread,
    int FertilityMinAgeYears,
    int FertilityMaxAgeYears);
