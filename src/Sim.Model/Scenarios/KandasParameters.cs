namespace Sim.Model.Scenarios;

/// <summary>Ethnic Kazakh repatriates (<c>arrivals.kandas</c>).</summary>
/// <param name="ArrivalsPerYear">Arrivals a year after the observed years of the kandas data file, persons.</param>
/// <param name="OriginMix">Citizenship shares indexed by citizenship.</param>
/// <param name="NaturalisationMonths">Months from arrival to citizenship.</param>
[ParameterSection("Ethnic Kazakh repatriates (observed arrivals and settlement: population.kandas_arrivals, population.kandas_settlement).")]
public sealed record KandasParameters(
    [Parameter("arrivals_per_year", "Kandas arrivals a year from each month on, overlaying the observed years of population.kandas_arrivals.", Min = 0, Max = 1_000_000, Unit = "persons a year")]
    MonthSeries ArrivalsPerYear,
    [Parameter("origin_mix", "Citizenship of arriving kandas.", Keys = ParameterKeys.Origin, Share = true, SumsToOne = true)]
    IReadOnlyList<double> OriginMix,
    [Parameter("naturalisation_months", "Months from arrival to citizenship.", Min = 0, Max = 240, Unit = "months")]
    int NaturalisationMonths);
