using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Sim.Parquet.Encodings;

/// <summary>
/// A growable byte buffer, reused across pages and row groups so the steady state of the writer
/// allocates nothing per page. Its arrays come from the bounded <see cref="Writing.ScratchPool{T}"/> and go back
/// to it when the buffer grows or is disposed, so the next file's writer starts with warm arrays instead of
/// growing new ones; dispose a buffer once its bytes are no longer read.
/// </summary>
internal sealed class ByteBuffer : IDisposable
{
    private byte[] _buffer = [];
    private int _length;

    public ByteBuffer()
    {
    }

    public ByteBuffer(int initialCapacity)
    {
        if (initialCapacity > 0)
        {
            _buffer = Writing.ScratchPool<byte>.Rent(initialCapacity);
        }
    }

    public int Length => _length;

    public int Capacity => _buffer.Length;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _length);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _length);

    public void Clear() => _length = 0;

    /// <summary>Returns a span of at least <paramref name="sizeHint"/> free bytes at the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<byte> GetSpan(int sizeHint)
    {
        if (_buffer.Length - _length < sizeHint)
        {
            Grow(sizeHint);
        }

        return _buffer.AsSpan(_length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Advance(int count) => _length += count;

    /// <summary>Reserves <paramref name="count"/> bytes and returns their offset (for back-patching).</summary>
    public int Reserve(int count)
    {
        GetSpan(count);
        var at = _length;
        _length += count;
        return at;
    }

    public Span<byte> At(int offset, int count) => _buffer.AsSpan(offset, count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteByte(byte value)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = value;
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        _length += bytes.Length;
    }

    public void WriteInt32LittleEndian(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(GetSpan(4), value);
        _length += 4;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteUleb128(ulong value)
    {
        var span = GetSpan(10);
        var i = 0;
        while (value >= 0x80)
        {
            span[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[i++] = (byte)value;
        _length += i;
    }

    /// <summary>Gives the array back to the pool; the buffer can be used again afterwards (idempotent).</summary>
    public void Dispose()
    {
        Writing.ScratchPool<byte>.Return(_buffer);
        _buffer = [];
        _length = 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int sizeHint)
    {
        var required = (long)_length + sizeHint;
        if (required > Array.MaxLength)
        {
            throw new InvalidOperationException("buffer would exceed the largest array size");
        }

        var size = Math.Max(Math.Max(required, (long)_buffer.Length * 2), 256);
        var next = Writing.ScratchPool<byte>.Rent((int)Math.Min(size, Array.MaxLength));
        _buffer.AsSpan(0, _length).CopyTo(next);
        Writing.ScratchPool<byte>.Return(_buffer);
        _buffer = next;
    }
}
