using Orleans;
using Sim.Model.Population;

namespace Sim.Grains.Persons;

/// <summary>A person as inspected between months of a live run.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="MonthIndex">The last simulated month (<c>YearMonth.Index</c>), or the month before the start.</param>
/// <param name="Profile">The current profile, or null when the person lives in no region.</param>
/// <param name="History">Events kept in the regions' logs, oldest first (a move appears as move_out, then move_in).</param>
[GenerateSerializer, Immutable]
public sealed record PersonInspection(long PersonId, int MonthIndex, PersonProfile? Profile, PersonEvent[] History);
