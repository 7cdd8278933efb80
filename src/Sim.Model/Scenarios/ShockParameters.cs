using Sim.Model.Population;

namespace Sim.Model.Scenarios;

/// <summary>A one-off inflow (<c>arrivals.shocks.NAME</c>).</summary>
/// <param name="Name">The shock's name (its key under <c>arrivals.shocks</c>).</param>
/// <param name="Origin">Citizenship of the arrivals.</param>
/// <param name="Persons">Persons arriving in exactly the months listed.</param>
/// <param name="TransitShare">Share only passing through.</param>
/// <param name="TransitDwellMonths">Mean dwell of transit persons, months.</param>
/// <param name="Entry">Entry shares by region code.</param>
/// <param name="Settlement">Settlement shares of stayers by region code.</param>
[ParameterSection("A one-off inflow in given months.")]
public sealed record ShockParameters(
    [EntryKey]
    string Name,
    [Parameter("origin", "Citizenship of the arrivals.", Keys = ParameterKeys.Origin)]
    Citizenship Origin,
    [Parameter("persons", "Persons arriving in exactly the months listed (not carried forward).", Min = 0, Max = 100_000_000, WholeNumber = true, Unit = "persons")]
    MonthSeries Persons,
    [Parameter("transit_share", "Share who only pass through.", Share = true)]
    double TransitShare,
    [Parameter("transit_dwell_months", "Mean months a transit person of the shock stays.", Min = 0, Max = 120, Unit = "months")]
    double TransitDwellMonths,
    [Parameter("entry", "Entry points of the shock's transit persons.", Keys = ParameterKeys.Region, Share = true, SumsToOne = true)]
    IReadOnlyDictionary<string, double> Entry,
    [Parameter("settlement", "Where the shock's stayers settle.", Keys = ParameterKeys.Region, Share = true, SumsToOne = true)]
    IReadOnlyDictionary<string, double> Settlement);
