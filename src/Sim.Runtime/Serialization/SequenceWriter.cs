using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sim.Runtime.Serialization;

/// <summary>Shared element loops of the collection codecs, with the raw-memory path for unmanaged elements.</summary>
internal static class SequenceWriter
{
    /// <summary>Writes the count and the elements of a span.</summary>
    public static void WriteSpan<T>(MessageWriter writer, ReadOnlySpan<T> items)
    {
        writer.WriteLength(items.Length);
        if (!RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            writer.WriteBlittableSpan(items);
            return;
        }

        var codec = CodecCache<T>.Instance;
        foreach (var item in items)
        {
            codec.Write(writer, item);
        }
    }

    /// <summary>Fills a span whose length is the count already read.</summary>
    public static void ReadInto<T>(MessageReader reader, Span<T> destination)
    {
        if (!RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            reader.ReadBlittableInto(destination);
            return;
        }

        var codec = CodecCache<T>.Instance;
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = codec.Read(reader);
        }
    }

    /// <summary>Writes any sequence: spans of arrays and lists directly, other collections element by element.</summary>
    public static void WriteEnumerable<T>(MessageWriter writer, IEnumerable<T>? items)
    {
        switch (items)
        {
            case null:
                writer.WriteLength(-1);
                return;
            case T[] array when !RuntimeHelpers.IsReferenceOrContainsReferences<T>():
                writer.WriteLength(array.Length);
                writer.WriteBlittableArray(array);
                return;
            case T[] array:
                WriteSpan<T>(writer, array);
                return;
            case List<T> list:
                WriteSpan<T>(writer, CollectionsMarshal.AsSpan(list));
                return;
            case ICollection<T> collection:
                WriteCounted(writer, collection, collection.Count);
                return;
            case IReadOnlyCollection<T> readOnly:
                WriteCounted(writer, readOnly, readOnly.Count);
                return;
            default:
                WriteSpan<T>(writer, items.ToArray());
                return;
        }
    }

    private static void WriteCounted<T>(MessageWriter writer, IEnumerable<T> items, int count)
    {
        writer.WriteLength(count);
        var codec = CodecCache<T>.Instance;
        var written = 0;
        foreach (var item in items)
        {
            codec.Write(writer, item);
            written++;
        }

        if (written != count)
        {
            throw new InvalidOperationException("The collection changed while it was serialized.");
        }
    }
}
