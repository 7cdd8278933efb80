using Orleans;
using System.Runtime.InteropServices;
using Sim.Model.Engine;

namespace Sim.Grains.Serialization;

/// <summary>
/// <see cref="RegionMonthIndicators"/> on the wire: the struct's bytes as they are in memory. The row is an unmanaged
/// struct of primitives, so one block copy replaces a field-by-field codec that would repeat every field's name here
/// (silos of one cluster share the architecture and the code version, hence the layout).
/// </summary>
[GenerateSerializer, Immutable]
public readonly struct RegionMonthIndicatorsSurrogate
{
    /// <summary>The row's bytes.</summary>
    [Id(0)]
    public byte[] Bytes { get; init; }

    /// <summary>The surrogate of <paramref name="row"/>.</summary>
    public static RegionMonthIndicatorsSurrogate From(in RegionMonthIndicators row) =>
        new() { Bytes = MemoryMarshal.AsBytes(new ReadOnlySpan<RegionMonthIndicators>(in row)).ToArray() };

    /// <summary>The row.</summary>
    public RegionMonthIndicators ToRow()
    {
        if (Bytes is null || Bytes.Length != Marshal.SizeOf<RegionMonthIndicators>())
        {
            throw new InvalidOperationException(
                $"a region_month row of {Bytes?.Length ?? 0} bytes arrived; this silo's rows have {Marshal.SizeOf<RegionMonthIndicators>()} (silos of different code versions?)");
        }

        return MemoryMarshal.Read<RegionMonthIndicators>(Bytes);
    }
}
