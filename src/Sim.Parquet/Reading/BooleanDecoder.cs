using System.Buffers.Binary;
using Sim.Parquet.Encodings;

namespace Sim.Parquet.Reading;

/// <summary>BOOLEAN: PLAIN bit-packed (LSB first) or RLE (length-prefixed hybrid at width 1).</summary>
internal sealed class BooleanDecoder : PhysicalDecoder<bool>
{
    public static readonly BooleanDecoder Instance = new();

    public override long MinPlainBits => 1;

    public override void DecodePlain(ReadOnlySpan<byte> data, Span<bool> dest, string what)
    {
        var needed = (int)(((long)dest.Length + 7) >> 3);
        if (data.Length < needed)
        {
            throw Short(what, needed, data.Length);
        }

        for (var i = 0; i < dest.Length; i++)
        {
            dest[i] = ((data[i >> 3] >> (i & 7)) & 1) != 0;
        }
    }

    public override void DecodeRle(ReadOnlySpan<byte> data, Span<bool> dest, string what)
    {
        if (data.Length < 4)
        {
            throw Short(what, 4, data.Length);
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(data);
        if (length < 0 || length > data.Length - 4)
        {
            throw new ParquetFormatException($"corrupt {what}: RLE boolean run length {length} exceeds the page");
        }

        var bytes = new byte[dest.Length];
        RleHybridDecoder.Decode<byte>(data.Slice(4, length), 1, bytes, what);
        for (var i = 0; i < bytes.Length; i++)
        {
            dest[i] = bytes[i] != 0;
        }
    }
}
