namespace Sim.Model.Scenarios;

/// <summary>Attributes of arrivals of one citizenship (<c>arrivals.origins.XX</c>).</summary>
/// <param name="TransitShare">Share only passing through.</param>
/// <param name="TransitDwellMonths">Mean dwell of transit persons, months.</param>
/// <param name="VisaFreeMonths">Visa-free stay, months.</param>
/// <param name="Eaeu">EAEU citizens work without a permit.</param>
/// <param name="MaleShare">Share of men.</param>
/// <param name="ChildShare">Share of children.</param>
/// <param name="AgeMeanYears">Mean age of adults.</param>
/// <param name="AgeSdYears">Standard deviation of adult ages.</param>
/// <param name="EmployedShare">Share of adults arriving with a job.</param>
/// <param name="InvestorShare">Share of adults at or above the reference investor wealth.</param>
/// <param name="RefugeeClaimShare">Share of adult stayers who claim asylum.</param>
/// <param name="ProfessionMix">Profession shares indexed by profession.</param>
/// <param name="Entry">Entry shares of transit persons by region code.</param>
/// <param name="Settlement">Settlement shares of stayers by region code.</param>
public sealed record OriginProfile(
    double TransitShare,
    double TransitDwellMonths,
    int VisaFreeMonths,
    bool Eaeu,
    double MaleShare,
    double ChildShare,
    double AgeMeanYears,
    double AgeSdYears,
    double EmployedShare,
    double InvestorShare,
    double RefugeeClaimShare,
    IReadOnlyList<double> ProfessionMix,
    IReadOnlyDictionary<string, double> Entry,
    IReadOnlyDictionary<string, double> Settlement);
