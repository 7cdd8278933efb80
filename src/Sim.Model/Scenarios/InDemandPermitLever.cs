using Sim.Model.Population;

namespace Sim.Model.Scenarios;

/// <summary>10-year residence permit for in-demand professions.</summary>
/// <param name="Enabled">Whether the permit is offered.</param>
/// <param name="Professions">The in-demand list.</param>
public sealed record InDemandPermitLever(bool Enabled, IReadOnlyList<Profession> Professions);
