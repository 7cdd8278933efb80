using Sim.Model.Population;

namespace Sim.Model.Scenarios;

/// <summary>A one-off inflow (<c>arrivals.shocks.NAME</c>).</summary>
/// <param name="Name">The shock's name.</param>
/// <param name="Origin">Citizenship of the arrivals.</param>
/// <param name="Persons">Persons arriving in exactly the months listed.</param>
/// <param name="TransitShare">Share only passing through.</param>
/// <param name="TransitDwellMonths">Mean dwell of transit persons, months.</param>
/// <param name="Entry">Entry shares by region code.</param>
/// <param name="Settlement">Settlement shares of stayers by region code.</param>
public sealed record ShockParameters(
    string Name,
    Citizenship Origin,
    MonthSeries Persons,
    double TransitShare,
    double TransitDwellMonths,
    IReadOnlyDictionary<string, double> Entry,
    IReadOnlyDictionary<string, double> Settlement);
