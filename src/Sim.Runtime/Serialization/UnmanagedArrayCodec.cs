using System.Runtime.CompilerServices;

namespace Sim.Runtime.Serialization;

/// <summary>
/// The columnar fast path: an array of primitives or structs without references is written as its length and its
/// raw memory (one copy out, one copy in, no per-element work).
/// </summary>
internal sealed class UnmanagedArrayCodec<T> : Codec<T[]>
{
    public override void Write(MessageWriter writer, T[] value)
    {
        if (value is null)
        {
            writer.WriteLength(-1);
            return;
        }

        writer.WriteLength(value.Length);
        writer.WriteBlittableArray(value);
    }

    public override T[] Read(MessageReader reader)
    {
        var n = reader.ReadCount(Unsafe.SizeOf<T>());
        return n < 0 ? null! : reader.ReadBlittableArray<T>(n);
    }
}
