using System.Runtime.InteropServices;

namespace Sim.Runtime.Serialization;

/// <summary>
/// The bytes of one message: a head buffer and, for messages carrying large columnar arrays, splices of those arrays'
/// memory to be read in place (a socket transport would write them with one gather write). A frame is only valid
/// while the call that delivers it runs.
/// </summary>
internal readonly struct Frame
{
    public Frame(ArraySegment<byte> head, IReadOnlyList<Splice>? splices = null)
    {
        Head = head;
        Splices = splices is { Count: > 0 } ? splices : null;
    }

    public ArraySegment<byte> Head { get; }

    public IReadOnlyList<Splice>? Splices { get; }

    public long Length => Head.Count + (Splices?.Sum(s => (long)s.ByteLength) ?? 0);

    public static ReadOnlySpan<byte> BytesOf(Splice splice) =>
        MemoryMarshal.CreateReadOnlySpan(ref MemoryMarshal.GetArrayDataReference(splice.Source), splice.ByteLength);

    /// <summary>The frame as one contiguous array (splices copied in place).</summary>
    public byte[] ToArray()
    {
        if (Splices is null)
        {
            return Head.ToArray();
        }

        var result = new byte[Length];
        var head = Head.AsSpan();
        int read = 0, written = 0;
        foreach (var splice in Splices)
        {
            head[read..splice.Offset].CopyTo(result.AsSpan(written));
            written += splice.Offset - read;
            read = splice.Offset;
            BytesOf(splice).CopyTo(result.AsSpan(written));
            written += splice.ByteLength;
        }

        head[read..].CopyTo(result.AsSpan(written));
        return result;
    }
}
