namespace Sim.Model.Scenarios;

/// <summary>Emigration of citizens (<c>emigration:</c>).</summary>
/// <param name="PermanentPerYear">Permanent emigrants a year, persons.</param>
/// <param name="LabourAbroadPerYear">Citizens leaving to work abroad a year, persons.</param>
/// <param name="MinAgeYears">Youngest emigrants.</param>
public sealed record EmigrationParameters(MonthSeries PermanentPerYear, MonthSeries LabourAbroadPerYear, int MinAgeYears);
