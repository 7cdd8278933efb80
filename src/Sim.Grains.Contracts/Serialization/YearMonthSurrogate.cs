using Orleans;
using Sim.Model;

namespace Sim.Grains.Serialization;

/// <summary><see cref="YearMonth"/> on the wire: its month index.</summary>
[GenerateSerializer, Immutable]
public readonly struct YearMonthSurrogate
{
    /// <summary>Months since year 0 (<see cref="YearMonth.Index"/>).</summary>
    [Id(0)]
    public int Index { get; init; }
}
