using Orleans;
using Sim.Model.Engine;

namespace Sim.Grains.Serialization;

/// <summary>Lets <see cref="RegionMonthIndicators"/> (a model type, free of Orleans) cross grain boundaries.</summary>
[RegisterConverter]
public sealed class RegionMonthIndicatorsConverter : IConverter<RegionMonthIndicators, RegionMonthIndicatorsSurrogate>
{
    /// <inheritdoc />
    public RegionMonthIndicators ConvertFromSurrogate(in RegionMonthIndicatorsSurrogate surrogate) => surrogate.ToRow();

    /// <inheritdoc />
    public RegionMonthIndicatorsSurrogate ConvertToSurrogate(in RegionMonthIndicators value) => RegionMonthIndicatorsSurrogate.From(value);
}
