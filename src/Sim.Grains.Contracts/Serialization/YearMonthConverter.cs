using Orleans;
using Sim.Model;

namespace Sim.Grains.Serialization;

/// <summary>Lets <see cref="YearMonth"/> (a model type, free of Orleans) cross grain boundaries.</summary>
[RegisterConverter]
public sealed class YearMonthConverter : IConverter<YearMonth, YearMonthSurrogate>
{
    /// <inheritdoc />
    public YearMonth ConvertFromSurrogate(in YearMonthSurrogate surrogate) => YearMonth.FromIndex(surrogate.Index);

    /// <inheritdoc />
    public YearMonthSurrogate ConvertToSurrogate(in YearMonth value) => new() { Index = value.Index };
}
