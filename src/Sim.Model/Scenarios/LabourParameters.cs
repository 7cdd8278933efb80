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
[ParameterSection("Labour market per region and profession group: hires M = A*U^alpha*V^(1-alpha).")]
public sealed record LabourParameters(
    [Parameter("matching_efficiency", "A in hires M = A*U^alpha*V^(1-alpha).", Min = 0, Max = 5, Unit = "per month")]
    double MatchingEfficiency,
    [Parameter("matching_elasticity", "alpha, the elasticity of hires with respect to job seekers.", Share = true)]
    double MatchingElasticity,
    [Parameter("separation_rate", "Monthly share of employed persons who lose their job.", Min = 0, Max = 0.5, Unit = "per month")]
    double SeparationRate,
    [Parameter("job_growth_per_year", "Growth of jobs (new vacancies relative to employment).", Min = -0.2, Max = 0.3, Unit = "per year")]
    double JobGrowthPerYear,
    [Parameter("initial_tightness", "Vacancies per job seeker V/U at the start month.", Min = 0, Max = 20)]
    double InitialTightness,
    [Parameter("wage_growth_per_year", "Nominal wage trend.", Min = -0.5, Max = 1, Unit = "per year")]
    double WageGrowthPerYear,
    [Parameter("wage_tightness_elasticity", "Monthly wage response to ln(V/U relative to its start value).", Min = 0, Max = 1)]
    double WageTightnessElasticity,
    [Parameter("vacancy_tightness_elasticity", "Monthly response of vacancy creation to ln(V/U relative to its start value) (negative: fewer when tight).", Min = -1, Max = 1)]
    double VacancyTightnessElasticity);
