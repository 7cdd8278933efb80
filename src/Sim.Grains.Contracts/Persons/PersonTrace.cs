using Orleans;
using Sim.Model.Population;

namespace Sim.Grains.Persons;

/// <summary>What one region knows of a person: the profile if the person lives there, and the events of its log.</summary>
/// <param name="Profile">The person's profile, or null when the person does not live in the region.</param>
/// <param name="Events">The person's events kept in the region's log, oldest first.</param>
[GenerateSerializer, Immutable]
public sealed record PersonTrace(PersonProfile? Profile, PersonEvent[] Events);
