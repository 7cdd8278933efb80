namespace Sim.Parquet.Writing;

/// <summary>An append-only byte sequence in pooled segments: grows without copying, written out in order.</summary>
internal sealed class SegmentedBuffer : IDisposable
{
    private readonly SegmentPool _pool;
    private readonly List<byte[]> _segments = [];
    private int _lastUsed = SegmentPool.SegmentSize;

    public SegmentedBuffer(SegmentPool pool) => _pool = pool;

    public long Length { get; private set; }

    public void Write(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            if (_lastUsed == SegmentPool.SegmentSize)
            {
                _segments.Add(_pool.Rent());
                _lastUsed = 0;
            }

            var n = Math.Min(data.Length, SegmentPool.SegmentSize - _lastUsed);
            data[..n].CopyTo(_segments[^1].AsSpan(_lastUsed));
            _lastUsed += n;
            data = data[n..];
            Length += n;
        }
    }

    public void WriteTo(Stream stream)
    {
        for (var i = 0; i < _segments.Count; i++)
        {
            stream.Write(_segments[i], 0, i == _segments.Count - 1 ? _lastUsed : SegmentPool.SegmentSize);
        }
    }

    /// <summary>Returns the segments to the pool.</summary>
    public void Dispose()
    {
        foreach (var segment in _segments)
        {
            _pool.Return(segment);
        }

        _segments.Clear();
        _lastUsed = SegmentPool.SegmentSize;
        Length = 0;
    }
}
