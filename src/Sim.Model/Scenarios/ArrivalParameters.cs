namespace Sim.Model.Scenarios;

/// <summary>Arrivals from abroad (<c>arrivals:</c>).</summary>
/// <param name="Inflows">Monthly inflow, persons, indexed by citizenship (empty series where none).</param>
/// <param name="Origins">Arrival profile indexed by citizenship (null where not given).</param>
/// <param name="Shocks">One-off inflows.</param>
/// <param name="Kandas">Repatriates.</param>
public sealed record ArrivalParameters(
    IReadOnlyList<MonthSeries> Inflows,
    IReadOnlyList<OriginProfile?> Origins,
    IReadOnlyList<ShockParameters> Shocks,
    KandasParameters Kandas);
