namespace Sim.Model.Scenarios;

/// <summary>Labour market (<c>labour:</c>).</summary>
/// <param name="MatchingEfficiency">A of the matching function, per month.</param>
/// <param name="MatchingElasticity">α of the matching function.</param>
/// <param name="SeparationRate">Monthly separation share.</param>
/// <param name="JobGrowthPerYear">Yearly growth of jobs.</param>
/// <param name="InitialTightness">V/U at start.</param>
/// <param name="WageGrowthPerYear">Nominal wage trend a year.</param>
/// <param name="WageTightnessElasticity">Monthly wage response to ln(θ/θ0).</param>
/// <param name="VacancyTightnessElasticity">Monthly vacancy-creation response to ln(θ/θ0).</param>
public sealed record LabourParameters(
    double MatchingEfficiency,
    double MatchingElasticity,
    double SeparationRate,
    double JobGrowthPerYear,
    double InitialTightness,
    double WageGrowthPerYear,
    double WageTightnessElasticity,
    double VacancyTightnessElasticity);
