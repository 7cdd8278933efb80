using System.Numerics;
using System.Runtime.CompilerServices;

namespace Sim.Parquet.Writing;

/// <summary>
/// Open-addressing hash table from a 4- or 8-byte value (keyed on its raw bits, so -0.0/+0.0 and NaN
/// payloads stay distinct) to its dictionary index, in first-seen order. Small non-negative values
/// (codes, enums, flags) are found through a direct table without hashing.
/// </summary>
internal sealed class FixedDictionary<T>
    where T : unmanaged
{
    private const int SmallRange = 256;
    private readonly int[] _small = new int[SmallRange];
    private T[] _values = new T[256];
    private int[] _slots = new int[512];
    private int _shift = 64 - 9;

    public int Count { get; private set; }

    public ReadOnlySpan<T> Values => _values.AsSpan(0, Count);

    public long RetainedBytes => ((long)_values.Length * Unsafe.SizeOf<T>()) + ((long)(_slots.Length + SmallRange) * sizeof(int));

    /// <summary>Index of a small value already in the dictionary, or -1 (no hashing, no branch on the value).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FindSmall(T value)
    {
        var bits = Bits(value);
        return bits < SmallRange ? _small[(int)bits] - 1 : -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int GetOrAdd(T value)
    {
        var bits = Bits(value);
        if (bits < SmallRange && _small[(int)bits] is var known and > 0)
        {
            return known - 1;
        }

        var mask = _slots.Length - 1;
        var slot = (int)((bits * 0x9E3779B97F4A7C15UL) >> _shift);
        var slots = _slots;
        var values = _values;
        while (true)
        {
            var entry = slots[slot];
            if (entry == 0)
            {
                return Add(value, slot);
            }

            if (Bits(values[entry - 1]) == bits)
            {
                return entry - 1;
            }

            slot = (slot + 1) & mask;
        }
    }

    public void Clear()
    {
        Array.Clear(_slots);
        Array.Clear(_small);
        Count = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bits(T value) =>
        Unsafe.SizeOf<T>() == 4 ? Unsafe.As<T, uint>(ref value) : Unsafe.As<T, ulong>(ref value);

    private int Add(T value, int slot)
    {
        if (Count == _values.Length)
        {
            Array.Resize(ref _values, _values.Length * 2);
        }

        _values[Count] = value;
        _slots[slot] = ++Count;
        if (Bits(value) < SmallRange)
        {
            _small[(int)Bits(value)] = Count;
        }

        if (Count * 2 > _slots.Length)
        {
            Rehash();
        }

        return Count - 1;
    }

    private void Rehash()
    {
        var size = _slots.Length * 2;
        _slots = new int[size];
        _shift = 64 - BitOperations.Log2((uint)size);
        var mask = size - 1;
        for (var i = 0; i < Count; i++)
        {
            var slot = (int)((Bits(_values[i]) * 0x9E3779B97F4A7C15UL) >> _shift);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = i + 1;
        }
    }
}
