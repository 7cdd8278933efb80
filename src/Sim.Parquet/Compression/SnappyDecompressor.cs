using System.Buffers.Binary;

namespace Sim.Parquet.Compression;

/// <summary>Snappy raw-block decompression of untrusted input into a buffer of the declared size, every length checked.</summary>
internal static class SnappyDecompressor
{
    /// <summary>Reads the uncompressed length preamble; false when it is malformed.</summary>
    public static bool TryReadLength(ReadOnlySpan<byte> input, out uint length, out int consumed)
    {
        length = 0;
        consumed = 0;
        for (var shift = 0; shift <= 28; shift += 7)
        {
            if (consumed >= input.Length)
            {
                return false;
            }

            var b = input[consumed++];
            length |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return shift < 28 || b < 0x10;
            }
        }

        return false;
    }

    /// <summary>Fills <paramref name="output"/> exactly; throws <see cref="ParquetFormatException"/> on any inconsistency.</summary>
    public static void Decompress(ReadOnlySpan<byte> input, Span<byte> output, string what)
    {
        if (!TryReadLength(input, out var declared, out var ip) || declared != (uint)output.Length)
        {
            throw Corrupt(what, $"snappy length preamble does not say {output.Length} bytes");
        }

        var op = 0;
        while (ip < input.Length)
        {
            var tag = input[ip++];
            long length;
            long offset;
            switch (tag & 3)
            {
                case 0:
                    length = tag >> 2;
                    if (length >= 60)
                    {
                        var bytes = (int)length - 59;
                        if (input.Length - ip < bytes)
                        {
                            throw Corrupt(what, "snappy literal length truncated");
                        }

                        length = 0;
                        for (var i = 0; i < bytes; i++)
                        {
                            length |= (long)input[ip + i] << (8 * i);
                        }

                        ip += bytes;
                    }

                    length++;
                    if (length > input.Length - ip || length > output.Length - op)
                    {
                        throw Corrupt(what, "snappy literal overruns its input or output");
                    }

                    input.Slice(ip, (int)length).CopyTo(output[op..]);
                    ip += (int)length;
                    op += (int)length;
                    continue;
                case 1:
                    if (ip >= input.Length)
                    {
                        throw Corrupt(what, "snappy copy truncated");
                    }

                    length = 4 + ((tag >> 2) & 7);
                    offset = ((tag >> 5) << 8) | input[ip++];
                    break;
                case 2:
                    if (input.Length - ip < 2)
                    {
                        throw Corrupt(what, "snappy copy truncated");
                    }

                    length = 1 + (tag >> 2);
                    offset = BinaryPrimitives.ReadUInt16LittleEndian(input[ip..]);
                    ip += 2;
                    break;
                default:
                    if (input.Length - ip < 4)
                    {
                        throw Corrupt(what, "snappy copy truncated");
                    }

                    length = 1 + (tag >> 2);
                    offset = BinaryPrimitives.ReadUInt32LittleEndian(input[ip..]);
                    ip += 4;
                    break;
            }

            if (offset == 0 || offset > op || length > output.Length - op)
            {
                throw Corrupt(what, $"snappy copy of {length} bytes at offset {offset} is out of bounds");
            }

            var from = op - (int)offset;
            if (offset >= length)
            {
                output.Slice(from, (int)length).CopyTo(output[op..]);
                op += (int)length;
            }
            else
            {
                // Overlapping copy repeats a short pattern: byte by byte, in order.
                for (var i = 0; i < length; i++)
                {
                    output[op++] = output[from + i];
                }
            }
        }

        if (op != output.Length)
        {
            throw Corrupt(what, $"snappy data decoded to {op} bytes, expected {output.Length}");
        }
    }

    private static ParquetFormatException Corrupt(string what, string message) => new($"corrupt {what}: {message}");
}
