namespace Sim.Grains.Serialization;

/// <summary>A read-only stream over chunks written by <see cref="ChunkedWriteStream"/>, without joining them.</summary>
public sealed class ChunkedReadStream(IReadOnlyList<byte[]> chunks) : Stream
{
    private int _chunk;
    private int _offset;
    private long _position;

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => chunks.Sum(c => (long)c.Length);

    /// <inheritdoc />
    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException("the stream reads forward only");
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        var read = 0;
        while (!buffer.IsEmpty && _chunk < chunks.Count)
        {
            var source = chunks[_chunk].AsSpan(_offset);
            if (source.IsEmpty)
            {
                _chunk++;
                _offset = 0;
                continue;
            }

            var n = Math.Min(source.Length, buffer.Length);
            source[..n].CopyTo(buffer);
            buffer = buffer[n..];
            _offset += n;
            read += n;
        }

        _position += read;
        return read;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("the stream reads forward only");

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException("the stream is read-only");

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("the stream is read-only");
}
