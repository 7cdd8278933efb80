namespace Sim.Model.Scenarios;

/// <summary>Starting population: base data paths and synthesis parameters (<c>population:</c>).</summary>
/// <param name="Scale">Agents per person, 0 &lt; scale ≤ 1.</param>
/// <param name="RegionsPath">Full path of the regions CSV.</param>
/// <param name="VitalRatesPath">Full path of the vital-rates CSV.</param>
/// <param name="ChildShare0To14">Share aged 0–14 the age pyramid is fitted to.</param>
/// <param name="SexRatioAtBirth">Male births per female birth.</param>
/// <param name="NationalUrbanShare">Urban share for regions without an observed value.</param>
/// <param name="ParticipationRate">Labour-force share between labour-market entry and retirement.</param>
/// <param name="HigherEducationShare">Share who study until the higher-education exit age.</param>
/// <param name="SchoolAgeYears">Age children become pupils.</param>
/// <param name="LabourEntryAgeYears">Age pupils leave school.</param>
/// <param name="HigherEducationExitAgeYears">Age students enter the labour market.</param>
/// <param name="RetirementAgeMenYears">Retirement age of men.</param>
/// <param name="RetirementAgeWomenYears">Retirement age of women.</param>
/// <param name="ProfessionMix">Profession shares indexed by <see cref="Population.Profession"/>.</param>
/// <param name="ForeignStock">Foreign residents at start by citizenship, persons.</param>
/// <param name="ForeignStockStatus">Status shares of the foreign stock: permanent, temporary, work permit, irregular.</param>
public sealed record PopulationParameters(
    double Scale,
    string RegionsPath,
    string VitalRatesPath,
    double ChildShare0To14,
    double SexRatioAtBirth,
    double NationalUrbanShare,
    double ParticipationRate,
    double HigherEducationShare,
    int SchoolAgeYears,
    int LabourEntryAgeYears,
    int HigherEducationExitAgeYears,
    int RetirementAgeMenYears,
    int RetirementAgeWomenYears,
    IReadOnlyList<double> ProfessionMix,
    IReadOnlyList<double> ForeignStock,
    IReadOnlyList<double> ForeignStockStatus);
