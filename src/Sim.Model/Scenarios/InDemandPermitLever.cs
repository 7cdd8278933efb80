using Sim.Model.Population;

namespace Sim.Model.Scenarios;

/// <summary>10-year residence permit for in-demand professions.</summary>
/// <param name="Enabled">Whether the permit is offered.</param>
/// <param name="Professions">Profession groups on the in-demand list.</param>
[ParameterSection("In-demand professions lever.")]
public sealed record InDemandPermitLever(
    [Parameter("enabled", "Whether the permit is offered.")] bool Enabled,
    [Parameter("professions", "Profession groups on the in-demand list.", Keys = ParameterKeys.Profession)] IReadOnlyList<Profession> Professions);
