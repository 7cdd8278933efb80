using System.Numerics;

namespace Sim.Parquet.Encodings;

/// <summary>Decodes the RLE/bit-packing hybrid from untrusted bytes into a span of known length.</summary>
internal static class RleHybridDecoder
{
    /// <summary>Fills <paramref name="dest"/>; returns the bytes consumed. Throws on truncated or malformed runs.</summary>
    public static int Decode<T>(ReadOnlySpan<byte> data, int bitWidth, Span<T> dest, string what)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (bitWidth is < 0 or > 32)
        {
            throw new ParquetFormatException($"corrupt {what}: bit width {bitWidth} out of range");
        }

        var valueBytes = (bitWidth + 7) >> 3;
        var mask = bitWidth >= 32 ? uint.MaxValue : (1u << bitWidth) - 1;
        var pos = 0;
        var o = 0;
        while (o < dest.Length)
        {
            var header = ReadUleb128(data, ref pos, what);
            if ((header & 1) == 0)
            {
                var run = header >> 1;
                if (pos + valueBytes > data.Length)
                {
                    throw new ParquetFormatException($"corrupt {what}: RLE run value truncated");
                }

                uint value = 0;
                for (var b = 0; b < valueBytes; b++)
                {
                    value |= (uint)data[pos + b] << (8 * b);
                }

                pos += valueBytes;
                if (value > mask)
                {
                    throw new ParquetFormatException($"corrupt {what}: RLE value {value} wider than {bitWidth} bits");
                }

                var take = (int)Math.Min(run, (ulong)(dest.Length - o));
                dest.Slice(o, take).Fill(T.CreateTruncating(value));
                o += take;
            }
            else
            {
                var groups = header >> 1;
                var declared = groups * 8;
                var available = bitWidth == 0 ? declared : Math.Min(declared, (ulong)(data.Length - pos) * 8 / (ulong)bitWidth);
                var need = (ulong)(dest.Length - o);
                if (available < Math.Min(declared, need))
                {
                    throw new ParquetFormatException($"corrupt {what}: bit-packed run truncated");
                }

                var take = (int)Math.Min(need, declared);
                Unpack(data[pos..], bitWidth, mask, dest.Slice(o, take));
                o += take;
                var runBytes = groups * (ulong)bitWidth;
                pos = runBytes > (ulong)(data.Length - pos) ? data.Length : pos + (int)runBytes;
            }
        }

        return pos;
    }

    /// <summary>The deprecated BIT_PACKED level encoding: most significant bit first, no header.</summary>
    public static int DecodeLegacyBitPacked(ReadOnlySpan<byte> data, int bitWidth, Span<byte> dest, string what)
    {
        var bytes = (int)(((long)dest.Length * bitWidth + 7) / 8);
        if (bytes > data.Length)
        {
            throw new ParquetFormatException($"corrupt {what}: BIT_PACKED levels truncated");
        }

        long bit = 0;
        for (var i = 0; i < dest.Length; i++)
        {
            var value = 0;
            for (var b = 0; b < bitWidth; b++, bit++)
            {
                value = (value << 1) | ((data[(int)(bit >> 3)] >> (7 - (int)(bit & 7))) & 1);
            }

            dest[i] = (byte)value;
        }

        return bytes;
    }

    public static ulong ReadUleb128(ReadOnlySpan<byte> data, ref int pos, string what)
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (pos >= data.Length)
            {
                throw new ParquetFormatException($"corrupt {what}: ran out of data");
            }

            var b = data[pos++];
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw new ParquetFormatException($"corrupt {what}: varint too long");
    }

    private static void Unpack<T>(ReadOnlySpan<byte> src, int bitWidth, uint mask, Span<T> dest)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (bitWidth == 0)
        {
            dest.Clear();
            return;
        }

        ulong acc = 0;
        var bits = 0;
        var p = 0;
        for (var i = 0; i < dest.Length; i++)
        {
            while (bits < bitWidth)
            {
                acc |= (ulong)src[p++] << bits;
                bits += 8;
            }

            dest[i] = T.CreateTruncating((uint)acc & mask);
            acc >>= bitWidth;
            bits -= bitWidth;
        }
    }
}
