using Sim.Model.Population;

namespace Sim.Model.Scenarios;

/// <summary>A one-off inflow (<c>arrivals.shocks.NAME</c>).</summary>
/// <param name="Name">The shock's name (its key under <c>arrivals.shocks</c>).</param>
/// <param name="Origin">Citizenship of the arrivals.</param>
/// <param name="Persons">Persons seeking entry in exactly the months listed.</param>
/// <param name="TransitShare">Share only passing through.</param>
/// <param name="TransitDwellMonths">Mean dwell of transit persons, months.</param>
/// <param name="Entry">Entry shares by region code.</param>
/// <param name="Settlement">Settlement shares of stayers by region code.</param>
/// <param name="FirstDay">Day of the first listed month on which the shock begins (0: the 1st).</param>
[ParameterSection("A one-off inflow in given months.")]
public sealed record ShockParameters(
    [EntryKey]
    string Name,
    [Parameter("origin", "Citizenship of the arrivals.", Keys = ParameterKeys.Origin)]
    Citizenship Origin,
    [Parameter("persons", "Persons seeking entry in exactly the months listed (not carried forward); the border admits them up to its capacity, the rest wait.", Min = 0, Max = 100_000_000, WholeNumber = true, Unit = "persons")]
    MonthSeries Persons,
    [Parameter("transit_share", "Share who only pass through.", Share = true)]
    double TransitShare,
    [Parameter("transit_dwell_months", "Mean months a transit person of the shock stays.", Min = 0, Max = 120, Unit = "months")]
    double TransitDwellMonths,
    [Parameter("entry", "Entry points of the shock's transit persons.", Keys = ParameterKeys.Region, Share = true, SumsToOne = true)]
    IReadOnlyDictionary<string, double> Entry,
    [Parameter("settlement", "Where the shock's stayers settle.", Keys = ParameterKeys.Region, Share = true, SumsToOne = true)]
    IReadOnlyDictionary<string, double> Settlement,
    [Parameter("first_day", "Day of the first listed month on which the shock begins: that month's persons seek entry between this day and the month's end, so they queue against the border's capacity of those days only (0 or absent: the 1st).", Min = 0, Max = 31, Optional = true, Unit = "day of month")]
    int FirstDay = 0)
{
    /// <summary>Days of <paramref name="month"/> over which the shock's persons of that month seek entry.</summary>
    /// <param name="month">A month of the shock.</param>
    /// <returns>The month's length, or the days from <see cref="FirstDay"/> to its end in the shock's first month.</returns>
    public int ArrivalDays(YearMonth month)
    {
        var days = DateTime.DaysInMonth(month.Year, month.Month);
        var first = Persons.IsEmpty ? month : Persons.Points[0].Key;
        return month == first && FirstDay > 1 ? days - Math.Min(FirstDay, days) + 1 : days;
    }
}
