using Orleans;
using Sim.Model.Population;

namespace Sim.Grains.Serialization;

/// <summary>Lets <see cref="PersonEvent"/> (a model type, free of Orleans) cross grain boundaries.</summary>
[RegisterConverter]
public sealed class PersonEventConverter : IConverter<PersonEvent, PersonEventSurrogate>
{
    /// <inheritdoc />
    public PersonEvent ConvertFromSurrogate(in PersonEventSurrogate surrogate) => new(
        surrogate.Month, surrogate.PersonId, surrogate.Region, (PersonEventKind)surrogate.Kind, surrogate.Detail, surrogate.OtherRegion);

    /// <inheritdoc />
    public PersonEventSurrogate ConvertToSurrogate(in PersonEvent value) => new(
        value.Month, value.PersonId, value.Region, (byte)value.Kind, value.Detail, value.OtherRegion);
}
