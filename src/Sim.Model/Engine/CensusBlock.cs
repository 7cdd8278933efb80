using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Sim.Model.Population;

namespace Sim.Model.Engine;

/// <summary>
/// What the census finds in one block of <see cref="Rows"/> rows: a bit per row (bit k = row block + k) for
/// each list. Full blocks are compared with 256-bit vectors; the last, partial block row by row.
/// </summary>
internal struct CensusBlock
{
    /// <summary>Rows per block: one bit each in a 32-bit mask.</summary>
    public const int Rows = 32;

    /// <summary>Rows whose birth month is a transition birthday.</summary>
    public uint Transitions;

    /// <summary>Rows that are not citizens (status ≠ 0).</summary>
    public uint Foreigners;

    /// <summary>Rows born at or before the elderly threshold.</summary>
    public uint Elderly;

    /// <summary>Rows unemployed.</summary>
    public uint Seekers;

    /// <summary>Scans the block at row <paramref name="block"/> of a table's status, activity and birth-month columns.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CensusBlock Scan(ReadOnlySpan<byte> status, ReadOnlySpan<byte> activity, ReadOnlySpan<short> birth, int block, short elderlyBorn,
        ReadOnlySpan<short> transitionMonths)
    {
        if (block + Rows > status.Length || !Vector256.IsHardwareAccelerated)
        {
            return ScanRows(status, activity, birth, block, elderlyBorn, transitionMonths);
        }

        var at = (nuint)block;
        var born0 = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(birth), at);
        var born1 = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(birth), at + 16);
        var transitions = Vector256<short>.Zero;
        var transitionsHigh = Vector256<short>.Zero;
        foreach (var month in transitionMonths)
        {
            var m = Vector256.Create(month);
            transitions |= Vector256.Equals(born0, m);
            transitionsHigh |= Vector256.Equals(born1, m);
        }

        var limit = Vector256.Create(elderlyBorn);
        return new CensusBlock
        {
            Transitions = transitions.ExtractMostSignificantBits() | (transitionsHigh.ExtractMostSignificantBits() << 16),
            Foreigners = ~Vector256.Equals(Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(status), at), Vector256<byte>.Zero).ExtractMostSignificantBits(),
            Elderly = Vector256.LessThanOrEqual(born0, limit).ExtractMostSignificantBits() | (Vector256.LessThanOrEqual(born1, limit).ExtractMostSignificantBits() << 16),
            Seekers = Unemployed(activity, block),
        };
    }

    /// <summary>The unemployed rows of the block (again after transitions changed activities in it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Unemployed(ReadOnlySpan<byte> activity, int block)
    {
        if (block + Rows > activity.Length || !Vector256.IsHardwareAccelerated)
        {
            var mask = 0u;
            for (var k = 0; block + k < activity.Length && k < Rows; k++)
            {
                mask |= activity[block + k] == (byte)Activity.Unemployed ? 1u << k : 0;
            }

            return mask;
        }

        var values = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(activity), (nuint)block);
        return Vector256.Equals(values, Vector256.Create((byte)Activity.Unemployed)).ExtractMostSignificantBits();
    }

    private static CensusBlock ScanRows(ReadOnlySpan<byte> status, ReadOnlySpan<byte> activity, ReadOnlySpan<short> birth, int block,
        short elderlyBorn, ReadOnlySpan<short> transitionMonths)
    {
        var result = new CensusBlock { Seekers = Unemployed(activity, block) };
        for (var k = 0; block + k < status.Length && k < Rows; k++)
        {
            var i = block + k;
            var bit = 1u << k;
            result.Transitions |= transitionMonths.Contains(birth[i]) ? bit : 0;
            result.Foreigners |= status[i] != 0 ? bit : 0;
            result.Elderly |= birth[i] <= elderlyBorn ? bit : 0;
        }

        return result;
    }
}
