using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Sim.Runtime.Serialization;

/// <summary>
/// Appends values to a pooled, growable byte buffer in the wire format: little-endian scalars, variable-length
/// unsigned lengths, UTF-8 strings, and raw memory for spans of unmanaged values (the bulk fast path).
/// </summary>
internal sealed class MessageWriter : IDisposable
{
    private const int InitialSize = 1024;

    // Above this size a buffer goes back to the pool on Dispose instead of staying cached on the thread.
    private const int RetainLimit = 1 << 20;

    [ThreadStatic]
    private static MessageWriter? t_cached;

    /// <summary>Arrays of at least this many bytes are spliced into the frame instead of copied into the head.</summary>
    public const int SpliceThreshold = 64 * 1024;

    private readonly List<Splice> _splices = [];
    private byte[] _buffer;
    private int _position;

    private MessageWriter()
    {
        _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    }

    /// <summary>Current object nesting depth (see <see cref="ValueMarker.MaxDepth"/>).</summary>
    public int Depth { get; set; }

    /// <summary>The number of bytes written.</summary>
    public int Length => _position;

    /// <summary>Returns an empty writer; the caller must dispose it. Reuses a per-thread instance when free.</summary>
    public static MessageWriter Rent()
    {
        var w = t_cached;
        if (w is not null)
        {
            t_cached = null;
            return w;
        }

        return new MessageWriter();
    }

    /// <summary>The frame written so far (valid until the writer is disposed and while spliced arrays are unchanged).</summary>
    public Frame Frame => new(new ArraySegment<byte>(_buffer, 0, _position), _splices);

    public void Dispose()
    {
        _position = 0;
        Depth = 0;
        _splices.Clear();
        if (_buffer.Length > RetainLimit)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
        }

        t_cached = this;
    }

    public void WriteByte(byte value)
    {
        if (_position >= _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_position++] = value;
    }

    public void WriteBoolean(bool value) => WriteByte(value ? (byte)1 : (byte)0);

    public void WriteInt32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(GetSpan(4), value);
        _position += 4;
    }

    public void WriteInt64(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(GetSpan(8), value);
        _position += 8;
    }

    public void WriteUInt32(uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(GetSpan(4), value);
        _position += 4;
    }

    /// <summary>Writes an unsigned integer in 7-bit groups (1 byte below 128).</summary>
    public void WriteVarUInt64(ulong value)
    {
        var span = GetSpan(10);
        var i = 0;
        while (value >= 0x80)
        {
            span[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[i++] = (byte)value;
        _position += i;
    }

    /// <summary>Writes a length or count where -1 stands for null.</summary>
    public void WriteLength(int lengthOrMinusOne) => WriteVarUInt64((ulong)((long)lengthOrMinusOne + 1));

    public void WriteString(string? value)
    {
        if (value is null)
        {
            WriteLength(-1);
            return;
        }

        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (max <= 127)
        {
            // Short strings: reserve one length byte, encode, then patch the exact length in.
            var span = GetSpan(max + 1);
            var n = Encoding.UTF8.GetBytes(value, span[1..]);
            span[0] = (byte)(n + 1);
            _position += n + 1;
            return;
        }

        var count = Encoding.UTF8.GetByteCount(value);
        WriteLength(count);
        Encoding.UTF8.GetBytes(value, GetSpan(count));
        _position += count;
    }

    /// <summary>Writes the raw memory of a value without references (native little-endian layout).</summary>
    public void WriteBlittable<T>(T value)
    {
        var size = Unsafe.SizeOf<T>();
        Unsafe.WriteUnaligned(ref MemoryMarshal.GetReference(GetSpan(size)), value);
        _position += size;
    }

    /// <summary>Writes the raw memory of a span of values without references, with one copy (the columnar fast path).</summary>
    public void WriteBlittableSpan<T>(ReadOnlySpan<T> values)
    {
        var bytes = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<T, byte>(ref MemoryMarshal.GetReference(values)), checked(values.Length * Unsafe.SizeOf<T>()));
        bytes.CopyTo(GetSpan(bytes.Length));
        _position += bytes.Length;
    }

    /// <summary>
    /// Writes the raw memory of an array of values without references. Large arrays are not copied: the frame
    /// references them (see <see cref="Splice"/>) and the reader copies them straight into its new array.
    /// </summary>
    public void WriteBlittableArray<T>(T[] values)
    {
        var bytes = checked((long)values.Length * Unsafe.SizeOf<T>());
        if (bytes < SpliceThreshold)
        {
            WriteBlittableSpan<T>(values);
            return;
        }

        _splices.Add(new Splice(_position, values, (int)bytes));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> GetSpan(int size)
    {
        if (_buffer.Length - _position < size)
        {
            Grow(size);
        }

        return _buffer.AsSpan(_position);
    }

    private void Grow(int size)
    {
        var needed = (long)_position + size;
        var newSize = Math.Max(needed, (long)_buffer.Length * 2);
        if (newSize > Array.MaxLength)
        {
            newSize = needed <= Array.MaxLength ? Array.MaxLength : throw new InvalidOperationException("A message cannot exceed 2 GB.");
        }

        var next = ArrayPool<byte>.Shared.Rent((int)newSize);
        _buffer.AsSpan(0, _position).CopyTo(next);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = next;
    }
}
