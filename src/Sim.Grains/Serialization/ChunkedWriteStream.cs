namespace Sim.Grains.Serialization;

/// <summary>
/// A write-only stream that keeps what is written as a list of 1 MiB arrays, handed over whole by
/// <see cref="ToChunks"/>. Large payloads (a region's person snapshot, its checkpoint) then exist once in memory:
/// a <see cref="MemoryStream"/> would grow by doubling and copy again for <c>ToArray</c>, and Orleans copies a
/// <c>byte[][]</c> array by array without joining them.
/// </summary>
public sealed class ChunkedWriteStream : Stream
{
    private const int ChunkSize = 1 << 20;
    private readonly List<byte[]> _chunks = [];
    private int _used = ChunkSize;
    private long _length;

    /// <inheritdoc />
    public override bool CanRead => false;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => true;

    /// <inheritdoc />
    public override long Length => _length;

    /// <inheritdoc />
    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException("the stream only appends");
    }

    /// <summary>The bytes written, as full chunks and a last one cut to its length.</summary>
    public byte[][] ToChunks()
    {
        if (_chunks.Count > 0 && _used < ChunkSize)
        {
            _chunks[^1] = _chunks[^1].AsSpan(0, _used).ToArray();
            _used = ChunkSize;
        }

        return [.. _chunks];
    }

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (_used == ChunkSize)
            {
                // Every byte handed out is written first (ToChunks cuts the last chunk to its length): no zeroing.
                _chunks.Add(GC.AllocateUninitializedArray<byte>(ChunkSize));
                _used = 0;
            }

            var n = Math.Min(buffer.Length, ChunkSize - _used);
            buffer[..n].CopyTo(_chunks[^1].AsSpan(_used));
            _used += n;
            _length += n;
            buffer = buffer[n..];
        }
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("the stream is write-only");

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("the stream only appends");

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException("the stream only appends");
}
