using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sim.Runtime.Serialization;

/// <summary><see cref="List{T}"/>: like arrays, with the raw-memory fast path for unmanaged elements.</summary>
internal sealed class ListCodec<T> : Codec<List<T>>
{
    public override void Write(MessageWriter writer, List<T> value)
    {
        if (value is null)
        {
            writer.WriteLength(-1);
            return;
        }

        SequenceWriter.WriteSpan(writer, CollectionsMarshal.AsSpan(value));
    }

    public override List<T> Read(MessageReader reader)
    {
        var n = reader.ReadCount(RuntimeHelpers.IsReferenceOrContainsReferences<T>() ? 1 : Unsafe.SizeOf<T>());
        if (n < 0)
        {
            return null!;
        }

        var list = new List<T>(n);
        CollectionsMarshal.SetCount(list, n);
        SequenceWriter.ReadInto(reader, CollectionsMarshal.AsSpan(list));
        return list;
    }
}
