namespace Sim.Model.Scenarios;

/// <summary>Ethnic Kazakh repatriates (<c>arrivals.kandas</c>).</summary>
/// <param name="ArrivalsPerYear">Arrivals a year, persons.</param>
/// <param name="OriginMix">Citizenship shares indexed by citizenship.</param>
/// <param name="Settlement">Observed settlement shares by region code; the rest is spread by population.</param>
/// <param name="NaturalisationMonths">Months from arrival to citizenship.</param>
public sealed record KandasParameters(
    MonthSeries ArrivalsPerYear,
    IReadOnlyList<double> OriginMix,
    IReadOnlyDictionary<string, double> Settlement,
    int NaturalisationMonths);
