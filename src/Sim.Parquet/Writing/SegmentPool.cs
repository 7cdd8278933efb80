using System.Buffers;

namespace Sim.Parquet.Writing;

/// <summary>
/// Fixed-size byte segments for buffering finished pages until their row group is written. Segments
/// come back after each row group and are handed out again, so a writer's page storage settles at
/// about one compressed row group and never grows with the file. When the writer is done its segments go to a
/// pool shared by the process (bounded to <see cref="SharedSegments"/> segments), where the next file's writer
/// finds them instead of allocating and first-touching new ones.
/// </summary>
internal sealed class SegmentPool : IDisposable
{
    public const int SegmentSize = 64 << 10;

    /// <summary>Segments the shared pool keeps at most (16 MiB): a few writers' row groups.</summary>
    private const int SharedSegments = 256;

    private static readonly ArrayPool<byte> Shared = ArrayPool<byte>.Create(SegmentSize, SharedSegments);

    private readonly Stack<byte[]> _free = new();

    /// <summary>Segments this writer took so far (in use or free).</summary>
    public int Created { get; private set; }

    public long RetainedBytes => (long)Created * SegmentSize;

    public byte[] Rent()
    {
        if (_free.TryPop(out var segment))
        {
            return segment;
        }

        Created++;
        return Shared.Rent(SegmentSize);
    }

    public void Return(byte[] segment) => _free.Push(segment);

    /// <summary>Hands the free segments to the shared pool (idempotent); segments still in use are not tracked.</summary>
    public void Dispose()
    {
        while (_free.TryPop(out var segment))
        {
            Shared.Return(segment);
        }
    }
}
