namespace Sim.Model.Population;

/// <summary>One event of a person's history.</summary>
/// <param name="Month">When.</param>
/// <param name="PersonId">Who.</param>
/// <param name="Region">The region whose log holds it.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Detail">Kind-specific detail (new status, departure reason, sex at birth).</param>
/// <param name="OtherRegion">The other region of a move, or -1.</param>
public readonly record struct PersonEvent(YearMonth Month, long PersonId, int Region, PersonEventKind Kind, byte Detail, int OtherRegion);
