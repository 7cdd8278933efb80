using System.Buffers.Binary;
using System.Numerics;

namespace Sim.Parquet.Encodings;

/// <summary>
/// Writes the RLE/bit-packing hybrid: runs of at least eight equal values become RLE runs, the rest
/// bit-packed groups of eight. Works on whole spans so run detection uses vectorised searches.
/// </summary>
internal static class RleHybridEncoder
{
    private const int MinRepeat = 8;

    public static void Encode<T>(ReadOnlySpan<T> values, int bitWidth, ByteBuffer output)
        where T : unmanaged, IBinaryInteger<T>
    {
        var n = values.Length;
        var i = 0;
        var literalStart = 0;
        while (n - i >= MinRepeat)
        {
            var start = FindRunStart(values, i);
            if (start < 0)
            {
                break;
            }

            var v = values[start];
            var rest = values[(start + MinRepeat)..].IndexOfAnyExcept(v);
            var end = rest < 0 ? n : start + MinRepeat + rest;

            // Literal blocks hold whole groups of eight, so borrow the run's first values to fill the last group.
            var pad = (8 - ((start - literalStart) & 7)) & 7;
            if (end - start - pad >= MinRepeat)
            {
                if (start + pad > literalStart)
                {
                    WriteBitPacked(values[literalStart..(start + pad)], bitWidth, output);
                }

                WriteRepeated(uint.CreateTruncating(v), end - start - pad, bitWidth, output);
                literalStart = end;
            }

            i = end;
        }

        if (literalStart < n)
        {
            WriteBitPacked(values[literalStart..], bitWidth, output);
        }
    }

    /// <summary>
    /// First position at or after <paramref name="from"/> that starts eight equal values, or -1. Works on
    /// 63-value windows of branch-free "equals its successor" bits, so random data costs no mispredictions.
    /// </summary>
    private static int FindRunStart<T>(ReadOnlySpan<T> values, int from)
        where T : unmanaged, IBinaryInteger<T>
    {
        var last = values.Length - MinRepeat;
        var j = from;
        while (j <= last)
        {
            var count = Math.Min(63, values.Length - 1 - j);
            var window = values.Slice(j, count + 1);
            ulong equal = 0;
            for (var k = 0; k < count; k++)
            {
                equal |= (window[k] == window[k + 1] ? 1UL : 0UL) << k;
            }

            // Bit k survives when bits k..k+6 are set: values k..k+7 are equal.
            var two = equal & (equal >> 1);
            var four = two & (two >> 2);
            var seven = four & (four >> 3);
            if (seven != 0)
            {
                return j + BitOperations.TrailingZeroCount(seven);
            }

            j += count - 6;
        }

        return -1;
    }

    /// <summary>Smallest bit width that holds <paramref name="maxValue"/>.</summary>
    public static int BitWidth(uint maxValue) => 32 - BitOperations.LeadingZeroCount(maxValue);

    private static void WriteRepeated(uint value, int count, int bitWidth, ByteBuffer output)
    {
        output.WriteUleb128((ulong)count << 1);
        for (var b = 0; b < bitWidth; b += 8)
        {
            output.WriteByte((byte)(value >> b));
        }
    }

    private static void WriteBitPacked<T>(ReadOnlySpan<T> values, int bitWidth, ByteBuffer output)
        where T : unmanaged, IBinaryInteger<T>
    {
        var groups = (values.Length + 7) >> 3;
        output.WriteUleb128(((ulong)groups << 1) | 1);
        var byteCount = groups * bitWidth;
        var dst = output.GetSpan(byteCount);
        var mask = bitWidth >= 32 ? uint.MaxValue : (1u << bitWidth) - 1;
        ulong acc = 0;
        var bits = 0;
        var o = 0;
        foreach (var value in values)
        {
            acc |= (ulong)(uint.CreateTruncating(value) & mask) << bits;
            bits += bitWidth;
            if (bits >= 32)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(dst[o..], (uint)acc);
                o += 4;
                acc >>= 32;
                bits -= 32;
            }
        }

        // Zero padding up to the group boundary; only the last block of a page can be partial.
        for (var p = values.Length; p < groups * 8; p++)
        {
            bits += bitWidth;
            if (bits >= 32)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(dst[o..], (uint)acc);
                o += 4;
                acc >>= 32;
                bits -= 32;
            }
        }

        while (bits > 0)
        {
            dst[o++] = (byte)acc;
            acc >>= 8;
            bits -= 8;
        }

        output.Advance(byteCount);
    }
}
