namespace Sim.Model.Scenarios;

/// <summary>Arrivals from abroad (<c>arrivals:</c>).</summary>
/// <param name="Inflows">Regular monthly inflow by citizenship (indexed by <see cref="Population.Citizenship"/>; empty where none).</param>
/// <param name="Origins">Profile by citizenship (null where the scenario has none).</param>
/// <param name="Shocks">One-off inflows in file order.</param>
/// <param name="Kandas">Ethnic Kazakh repatriates.</param>
[ParameterSection("Arrivals from abroad.")]
public sealed record ArrivalParameters(
    [Parameter("inflows", "Regular monthly inflow by citizenship from each month on (KZ = returning citizens).", Keys = ParameterKeys.Origin, Min = 0, Max = 10_000_000, Unit = "persons a month")]
    IReadOnlyList<MonthSeries> Inflows,
    [Parameter("origins", "Profile of arrivals by citizenship.", Keys = ParameterKeys.Origin)]
    IReadOnlyList<OriginProfile?> Origins,
    [Parameter("shocks", "One-off inflows (e.g. the September 2022 mobilisation), by name.", Keys = ParameterKeys.Name)]
    IReadOnlyList<ShockParameters> Shocks,
    [Parameter("kandas", "Ethnic Kazakh repatriates.")]
    KandasParameters Kandas);
