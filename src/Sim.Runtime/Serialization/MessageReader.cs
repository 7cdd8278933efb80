using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Serialization;
using System.Text;
using Sim.Runtime.Invocation;

namespace Sim.Runtime.Serialization;

/// <summary>
/// Reads values written by <see cref="MessageWriter"/> from a byte segment. Every length is checked against the
/// bytes that remain, so a corrupt or truncated frame fails with <see cref="SerializationException"/> instead of
/// allocating huge arrays.
/// </summary>
internal sealed class MessageReader
{
    private readonly byte[] _buffer;
    private readonly int _start;
    private readonly int _end;
    private readonly IReadOnlyList<Splice>? _splices;
    private int _position;
    private int _nextSplice;

    public MessageReader(Frame frame, IRuntimeClient? runtime)
    {
        var head = frame.Head;
        _buffer = head.Array ?? [];
        _start = _position = head.Offset;
        _end = head.Offset + head.Count;
        _splices = frame.Splices;
        Runtime = runtime;
    }

    public MessageReader(ArraySegment<byte> bytes, IRuntimeClient? runtime)
        : this(new Frame(bytes), runtime)
    {
    }

    /// <summary>The endpoint that receives this frame; grain references read from it are bound to it.</summary>
    public IRuntimeClient? Runtime { get; }

    /// <summary>Bytes left in the head, plus spliced arrays not read yet.</summary>
    public long Remaining => _end - _position + SplicedBytesLeft();

    /// <summary>Current object nesting depth (see <see cref="ValueMarker.MaxDepth"/>).</summary>
    public int Depth { get; set; }

    public byte ReadByte()
    {
        if (_position >= _end)
        {
            throw Truncated();
        }

        return _buffer[_position++];
    }

    public bool ReadBoolean() => ReadByte() != 0;

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public uint ReadUInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public ulong ReadVarUInt64()
    {
        ulong result = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            var b = ReadByte();
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw new SerializationException("Malformed variable-length integer.");
    }

    /// <summary>Reads a length written by <see cref="MessageWriter.WriteLength"/>; -1 stands for null.</summary>
    public int ReadLength()
    {
        var raw = ReadVarUInt64();
        if (raw > (ulong)int.MaxValue + 1)
        {
            throw new SerializationException($"Length {raw - 1} is out of range.");
        }

        return (int)((long)raw - 1);
    }

    /// <summary>Reads a count of elements of at least <paramref name="minBytesEach"/> bytes each, checking it fits.</summary>
    public int ReadCount(int minBytesEach)
    {
        var n = ReadLength();
        if (n > 0 && (long)n * Math.Max(1, minBytesEach) > Remaining)
        {
            throw new SerializationException($"Count {n} exceeds the {Remaining} bytes left in the message.");
        }

        return n;
    }

    public string? ReadString()
    {
        var n = ReadLength();
        if (n < 0)
        {
            return null;
        }

        return n == 0 ? string.Empty : Encoding.UTF8.GetString(Take(n));
    }

    /// <summary>Reads a value without references from its raw memory.</summary>
    /// <summary>
    /// Reads a short string that repeats across messages (grain type names) without allocating once it has been seen:
    /// the UTF-8 bytes are looked up in a small process-wide cache.
    /// </summary>
    public string? ReadInternedString()
    {
        var n = ReadLength();
        if (n < 0)
        {
            return null;
        }

        return InternedStrings.Get(Take(n));
    }

    public T ReadBlittable<T>() => Unsafe.ReadUnaligned<T>(ref MemoryMarshal.GetReference(Take(Unsafe.SizeOf<T>())));

    /// <summary>Reads <paramref name="count"/> values without references into a new array with one copy.</summary>
    public T[] ReadBlittableArray<T>(int count)
    {
        if (count == 0)
        {
            return [];
        }

        var result = GC.AllocateUninitializedArray<T>(count);
        ReadBlittableInto<T>(result);
        return result;
    }

    /// <summary>Fills <paramref name="destination"/> with values without references from their raw memory.</summary>
    public void ReadBlittableInto<T>(Span<T> destination)
    {
        var length = checked(destination.Length * Unsafe.SizeOf<T>());
        var target = MemoryMarshal.CreateSpan(ref Unsafe.As<T, byte>(ref MemoryMarshal.GetReference(destination)), length);
        if (_splices is not null && _nextSplice < _splices.Count && _splices[_nextSplice].Offset == _position - _start)
        {
            var splice = _splices[_nextSplice];
            if (splice.ByteLength != length)
            {
                throw new SerializationException($"A spliced array of {splice.ByteLength} bytes was read as {length} bytes.");
            }

            _nextSplice++;
            Frame.BytesOf(splice).CopyTo(target);
            return;
        }

        Take(length).CopyTo(target);
    }

    private long SplicedBytesLeft()
    {
        long left = 0;
        for (var i = _nextSplice; _splices is not null && i < _splices.Count; i++)
        {
            left += _splices[i].ByteLength;
        }

        return left;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || _end - _position < count)
        {
            throw Truncated();
        }

        var span = new ReadOnlySpan<byte>(_buffer, _position, count);
        _position += count;
        return span;
    }

    private static SerializationException Truncated() => new("The message is truncated.");
}
