using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sim.Parquet.Reading;

/// <summary>PLAIN INT32, INT64, FLOAT and DOUBLE: little-endian values copied straight into the output.</summary>
internal sealed class FixedDecoder<T> : PhysicalDecoder<T>
    where T : unmanaged
{
    public static readonly FixedDecoder<T> Instance = new();

    public override long MinPlainBits => Unsafe.SizeOf<T>() * 8L;

    public override void DecodePlain(ReadOnlySpan<byte> data, Span<T> dest, string what)
    {
        var bytes = MemoryMarshal.AsBytes(dest);
        if (data.Length < bytes.Length)
        {
            throw Short(what, bytes.Length, data.Length);
        }

        data[..bytes.Length].CopyTo(bytes);
    }
}
