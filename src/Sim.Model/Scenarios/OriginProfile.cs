namespace Sim.Model.Scenarios;

/// <summary>Attributes of arrivals of one citizenship (<c>arrivals.origins.XX</c>).</summary>
/// <param name="TransitShare">Share who only pass through.</param>
/// <param name="TransitDwellMonths">Mean months a transit person stays.</param>
/// <param name="VisaFreeMonths">Months of visa-free stay.</param>
/// <param name="Eaeu">Whether citizens of an EAEU state.</param>
/// <param name="MaleShare">Share of men.</param>
/// <param name="ChildShare">Share of children.</param>
/// <param name="AgeMeanYears">Mean age of adults.</param>
/// <param name="AgeSdYears">Standard deviation of the age of adults.</param>
/// <param name="EmployedShare">Share of adults arriving with a job.</param>
/// <param name="InvestorShare">Share of adults who are investors.</param>
/// <param name="RefugeeClaimShare">Share of adults who claim asylum.</param>
/// <param name="ProfessionMix">Profession shares indexed by <see cref="Population.Profession"/>.</param>
/// <param name="Entry">Entry shares by region code.</param>
/// <param name="Settlement">Settlement shares by region code.</param>
[ParameterSection("Attributes of arrivals of one citizenship.")]
public sealed record OriginProfile(
    [Parameter("transit_share", "Share of arrivals who only pass through.", Share = true)]
    double TransitShare,
    [Parameter("transit_dwell_months", "Mean months a transit person stays (geometric; 0 = leaves within the month of arrival).", Min = 0, Max = 120, Unit = "months")]
    double TransitDwellMonths,
    [Parameter("visa_free_months", "Months of visa-free stay before a status is needed.", Min = 0, Max = 120, Unit = "months")]
    int VisaFreeMonths,
    [Parameter("eaeu", "Citizens of an EAEU state: employed persons get temporary residence without a work permit.")]
    bool Eaeu,
    [Parameter("male_share", "Share of men.", Share = true)]
    double MaleShare,
    [Parameter("child_share", "Share of children (0-17).", Share = true)]
    double ChildShare,
    [Parameter("age_mean_years", "Mean age of adult arrivals.", Min = 18, Max = 80, Unit = "years")]
    double AgeMeanYears,
    [Parameter("age_sd_years", "Standard deviation of the age of adult arrivals.", Min = 0, Max = 30, Unit = "years")]
    double AgeSdYears,
    [Parameter("employed_share", "Share of adult arrivals who come with a job.", Share = true)]
    double EmployedShare,
    [Parameter("investor_share", "Share of adult arrivals with wealth at or above the reference investor threshold.", Share = true)]
    double InvestorShare,
    [Parameter("refugee_claim_share", "Share of adult stayers who claim asylum when the visa-free stay ends.", Share = true)]
    double RefugeeClaimShare,
    [Parameter("profession_mix", "Profession shares of adult arrivals.", Keys = ParameterKeys.Profession, Share = true, SumsToOne = true)]
    IReadOnlyList<double> ProfessionMix,
    [Parameter("entry", "Entry points (border regions, airport cities) of transit persons.", Keys = ParameterKeys.Region, Share = true, SumsToOne = true)]
    IReadOnlyDictionary<string, double> Entry,
    [Parameter("settlement", "Where stayers settle.", Keys = ParameterKeys.Region, Share = true, SumsToOne = true)]
    IReadOnlyDictionary<string, double> Settlement);
