using Orleans;
using Sim.Model.Population;

namespace Sim.Grains.Serialization;

/// <summary>Lets <see cref="PersonProfile"/> (a model type, free of Orleans) cross grain boundaries.</summary>
[RegisterConverter]
public sealed class PersonProfileConverter : IConverter<PersonProfile, PersonProfileSurrogate>
{
    /// <inheritdoc />
    public PersonProfile ConvertFromSurrogate(in PersonProfileSurrogate surrogate) => new(
        surrogate.Id, surrogate.Region, surrogate.RegionCode, surrogate.BirthMonth, surrogate.AgeYears,
        (Sex)surrogate.Sex, (Citizenship)surrogate.Citizenship, (LegalStatus)surrogate.Status,
        (Profession)surrogate.Profession, (Activity)surrogate.Activity, (PersonFlags)surrogate.Flags,
        surrogate.ArrivalMonth, surrogate.StatusExpiry);

    /// <inheritdoc />
    public PersonProfileSurrogate ConvertToSurrogate(in PersonProfile value) => new(
        value.Id, value.Region, value.RegionCode, value.BirthMonth, value.AgeYears,
        (byte)value.Sex, (byte)value.Citizenship, (byte)value.Status, (byte)value.Profession, (byte)value.Activity,
        (byte)value.Flags, value.ArrivalMonth, value.StatusExpiry);
}
