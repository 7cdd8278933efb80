using Orleans;
using Sim.Model;
using Sim.Model.Population;

namespace Sim.Grains.Serialization;

/// <summary><see cref="PersonEvent"/> on the wire; its kind travels as a byte.</summary>
[GenerateSerializer, Immutable]
public readonly record struct PersonEventSurrogate(YearMonth Month, long PersonId, int Region, byte Kind, byte Detail, int OtherRegion);
