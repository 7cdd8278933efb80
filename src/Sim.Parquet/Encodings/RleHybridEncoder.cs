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
        while (i < n)
        {
            var v = values[i];

            // A run shorter than MinRepeat stays in the literal block; test its two ends before searching.
            if (i + MinRepeat > n || values[i + 1] != v || values[i + MinRepeat - 1] != v)
            {
                i++;
                continue;
            }

            var rest = values[(i + 1)..].IndexOfAnyExcept(v);
            var end = rest < 0 ? n : i + 1 + rest;

            // Literal blocks hold whole groups of eight, so borrow the run's first values to fill the last group.
            var pad = (8 - ((i - literalStart) & 7)) & 7;
            if (end - i - pad >= MinRepeat)
            {
                if (i + pad > literalStart)
                {
                    WriteBitPacked(values[literalStart..(i + pad)], bitWidth, output);
                }

                WriteRepeated(uint.CreateTruncating(v), end - i - pad, bitWidth, output);
                literalStart = end;
            }

            i = end;
        }

        if (literalStart < n)
        {
            WriteBitPacked(values[literalStart..], bitWidth, output);
        }
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
