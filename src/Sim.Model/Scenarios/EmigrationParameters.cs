namespace Sim.Model.Scenarios;

/// <summary>Emigration of citizens (<c>emigration:</c>).</summary>
/// <param name="PermanentPerYear">Permanent emigrants a year, persons.</param>
/// <param name="LabourAbroadPerYear">Citizens leaving to work abroad a year, persons.</param>
/// <param name="MinAgeYears">Youngest emigrants.</param>
[ParameterSection("Emigration of citizens.")]
public sealed record EmigrationParameters(
    [Parameter("permanent_per_year", "Permanent emigrants from each month on.", Min = 0, Max = 10_000_000, Unit = "persons a year")]
    MonthSeries PermanentPerYear,
    [Parameter("labour_abroad_per_year", "Citizens leaving to work abroad from each month on (returns arrive as KZ inflows).", Min = 0, Max = 10_000_000, Unit = "persons a year")]
    MonthSeries LabourAbroadPerYear,
    [Parameter("min_age_years", "Youngest age of emigrants considered.", Min = 0, Max = 100, Unit = "years")]
    int MinAgeYears);
