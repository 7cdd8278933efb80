using Orleans;
using Sim.Model;
using Sim.Model.Population;

namespace Sim.Grains.Serialization;

/// <summary><see cref="PersonProfile"/> on the wire; the model's byte enums travel as bytes.</summary>
[GenerateSerializer, Immutable]
public readonly record struct PersonProfileSurrogate(
    long Id,
    int Region,
    string RegionCode,
    YearMonth BirthMonth,
    int AgeYears,
    byte Sex,
    byte Citizenship,
    byte Status,
    byte Profession,
    byte Activity,
    byte Flags,
    YearMonth? ArrivalMonth,
    YearMonth? StatusExpiry);
