using Sim.Model.Population;

namespace Sim.Model.Scenarios;

/// <summary>10-year residence permit for in-demand professions.</summary>
/// <param name="Enabled">Whether the permit is offered.</param>
/// <param name="Professions">Profession groups on the in-demand list.</param>
/// <param name="QuotaPerYear">Permits a year nationally: the order's specialists, not whole sectors.</param>
[ParameterSection("In-demand professions lever.")]
public sealed record InDemandPermitLever(
    [Parameter("enabled", "Whether the permit is offered.")] bool Enabled,
    [Parameter("professions", "Profession groups on the in-demand list.", Keys = ParameterKeys.Profession)] IReadOnlyList<Profession> Professions,
    [Parameter("quota_per_year", "Permits a year nationally: the permit is for specialists in the order's professions, a minority of the ~14.5k employer work permits of all kinds issued in 2023 (KAZAKHSTAN.md), so at most 14,500; the level is an assumption (see docs/levers.md).", Min = 0, Max = 14_500, Unit = "persons a year")] double QuotaPerYear);
