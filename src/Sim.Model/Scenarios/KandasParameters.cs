namespace Sim.Model.Scenarios;

/// <summary>Ethnic Kazakh repatriates (<c>arrivals.kandas</c>).</summary>
/// <param name="ArrivalsPerYear">Arrivals a year, persons.</param>
/// <param name="OriginMix">Citizenship shares indexed by citizenship.</param>
/// <param name="Settlement">Observed settlement shares by region code; the rest is spread by population.</param>
/// <param name="NaturalisationMonths">Months from arrival to citizenship.</param>
[ParameterSection("Ethnic Kazakh repatriates.")]
public sealed record KandasParameters(
    [Parameter("arrivals_per_year", "Kandas arrivals a year from each month on.", Min = 0, Max = 1_000_000, Unit = "persons a year")]
    MonthSeries ArrivalsPerYear,
    [Parameter("origin_mix", "Citizenship of arriving kandas.", Keys = ParameterKeys.Origin, Share = true, SumsToOne = true)]
    IReadOnlyList<double> OriginMix,
    [Parameter("settlement", "Observed settlement shares; the remainder is spread over the other regions by population.", Keys = ParameterKeys.Region, Share = true)]
    IReadOnlyDictionary<string, double> Settlement,
    [Parameter("naturalisation_months", "Months from arrival to citizenship.", Min = 0, Max = 240, Unit = "months")]
    int NaturalisationMonths);
