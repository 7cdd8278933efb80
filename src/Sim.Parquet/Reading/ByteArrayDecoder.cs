using System.Buffers.Binary;
using System.Text;

namespace Sim.Parquet.Reading;

/// <summary>
/// BYTE_ARRAY (4-byte length + bytes) or FIXED_LEN_BYTE_ARRAY values turned into strings (UTF-8)
/// or byte arrays.
/// </summary>
internal sealed class ByteArrayDecoder<TValue> : PhysicalDecoder<TValue>
    where TValue : class
{
    private readonly int _fixedLength;
    private readonly bool _asString;

    public ByteArrayDecoder(int fixedLength)
    {
        _fixedLength = fixedLength;
        _asString = typeof(TValue) == typeof(string);
    }

    public override long MinPlainBits => _fixedLength > 0 ? _fixedLength * 8L : 32;

    public override void DecodePlain(ReadOnlySpan<byte> data, Span<TValue> dest, string what)
    {
        var pos = 0;
        for (var i = 0; i < dest.Length; i++)
        {
            int length;
            if (_fixedLength > 0)
            {
                length = _fixedLength;
            }
            else
            {
                if (data.Length - pos < 4)
                {
                    throw new ParquetFormatException($"corrupt {what}: byte array {i} of {dest.Length} lacks its length");
                }

                length = BinaryPrimitives.ReadInt32LittleEndian(data[pos..]);
                pos += 4;
            }

            if (length < 0 || length > data.Length - pos)
            {
                throw new ParquetFormatException($"corrupt {what}: byte array of {length} bytes exceeds the {data.Length - pos} bytes left");
            }

            dest[i] = Create(data.Slice(pos, length));
            pos += length;
        }
    }

    private TValue Create(ReadOnlySpan<byte> bytes) =>
        _asString ? (TValue)(object)Encoding.UTF8.GetString(bytes) : (TValue)(object)bytes.ToArray();
}
