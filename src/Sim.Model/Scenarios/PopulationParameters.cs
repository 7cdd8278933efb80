namespace Sim.Model.Scenarios;

/// <summary>Starting population: base data paths and synthesis parameters (<c>population:</c>).</summary>
/// <param name="Scale">Agents per person, 0 &lt; scale ≤ <see cref="MaxScale"/>.</param>
/// <param name="RegionsPath">Full path of the regions CSV.</param>
/// <param name="VitalRatesPath">Full path of the vital-rates CSV.</param>
/// <param name="KandasArrivalsPath">Full path of the kandas arrivals CSV.</param>
/// <param name="KandasSettlementPath">Full path of the kandas settlement CSV.</param>
/// <param name="QuotasPath">Full path of the quotas CSV.</param>
/// <param name="RelocationRegionsPath">Full path of the relocation programme regions CSV.</param>
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
/// <param name="ForeignStockStatus">Status shares of the foreign stock.</param>
[ParameterSection("Starting population: base data and synthesis parameters.")]
public sealed record PopulationParameters(
    [Parameter("scale", "Agents per person; each agent stands for 1/scale persons (above 1, several agents share a person and the weight is under 1).", Min = 0, MinExclusive = true, Max = PopulationParameters.MaxScale, Unit = "agents per person")]
    double Scale,
    [Parameter("regions", "CSV of the 20 regions: codes, coordinates, populations, wages, unemployment, urban share, borders (BNS).", IsPath = true)]
    string RegionsPath,
    [Parameter("vital_rates", "CSV of observed national vital rates by year: TFR, crude death rate (BNS).", IsPath = true)]
    string VitalRatesPath,
    [Parameter("kandas_arrivals", "CSV of observed kandas arrivals by year (Ministry of Labour); arrivals.kandas.arrivals_per_year continues after its last year.", IsPath = true)]
    string KandasArrivalsPath,
    [Parameter("kandas_settlement", "CSV of observed kandas settlement shares by region (Ministry of Labour); the rest is spread by population.", IsPath = true)]
    string KandasSettlementPath,
    [Parameter("quotas", "CSV of enacted quotas by year: relocation programme, kandas, employer and household work permits (ministries).", IsPath = true)]
    string QuotasPath,
    [Parameter("relocation_regions", "CSV of the relocation programme's surplus (origin) and shortage (destination) regions and the year each was listed.", IsPath = true)]
    string RelocationRegionsPath,
    [Parameter("child_share_0_14", "Share of persons aged 0-14 the synthesised age pyramid is fitted to (observed).", Share = true)]
    double ChildShare0To14,
    [Parameter("sex_ratio_at_birth", "Male births per female birth.", Min = 0.9, Max = 1.2)]
    double SexRatioAtBirth,
    [Parameter("national_urban_share", "Urban share used for regions without an observed value.", Share = true)]
    double NationalUrbanShare,
    [Parameter("participation_rate", "Share of persons between labour-market entry and retirement who are in the labour force.", Share = true)]
    double ParticipationRate,
    [Parameter("higher_education_share", "Share of those at labour-market entry age who study until the higher-education exit age.", Share = true)]
    double HigherEducationShare,
    [Parameter("school_age_years", "Age at which children become pupils.", Min = 3, Max = 10, Unit = "years")]
    int SchoolAgeYears,
    [Parameter("labour_entry_age_years", "Age at which pupils leave school for the labour market or higher education.", Min = 14, Max = 20, Unit = "years")]
    int LabourEntryAgeYears,
    [Parameter("higher_education_exit_age_years", "Age at which students enter the labour market.", Min = 18, Max = 30, Unit = "years")]
    int HigherEducationExitAgeYears,
    [Parameter("retirement_age_men_years", "Retirement age of men.", Min = 50, Max = 75, Unit = "years")]
    int RetirementAgeMenYears,
    [Parameter("retirement_age_women_years", "Retirement age of women.", Min = 50, Max = 75, Unit = "years")]
    int RetirementAgeWomenYears,
    [Parameter("profession_mix", "Profession shares of residents entering the labour market.", Keys = ParameterKeys.Profession, Share = true, SumsToOne = true)]
    IReadOnlyList<double> ProfessionMix,
    [Parameter("foreign_stock", "Foreign residents at the start month by citizenship.", Keys = ParameterKeys.Origin, Min = 0, Max = 10_000_000, WholeNumber = true, Unit = "persons")]
    IReadOnlyList<double> ForeignStock,
    [Parameter("foreign_stock_status", "Legal-status shares of the foreign stock at the start month.")]
    ForeignStockStatusShares ForeignStockStatus)
{
    /// <summary>
    /// The largest scale: 2 agents per person (40M agents for Kazakhstan's 20M), so that the cost of a run can be
    /// measured beyond 1:1. Counts stay agents; region_month's weight (1/scale, then 0.5) turns them into persons.
    /// </summary>
    public const double MaxScale = 2;

    /// <summary>The allowed scales as the command line and validation messages say them.</summary>
    public const string ScaleRange = "0 < scale <= 2";

    /// <summary>Whether <paramref name="scale"/> is an allowed scale (0 &lt; scale ≤ <see cref="MaxScale"/>; NaN is not).</summary>
    public static bool IsAllowedScale(double scale) => scale is > 0 and <= MaxScale;
}
