namespace Sim.Parquet.Writing;

/// <summary>
/// Fixed-size byte segments for buffering finished pages until their row group is written. Segments
/// come back after each row group and are handed out again, so a writer's page storage settles at
/// about one compressed row group and never grows with the file.
/// </summary>
internal sealed class SegmentPool
{
    public const int SegmentSize = 64 << 10;

    private readonly Stack<byte[]> _free = new();

    /// <summary>Segments created so far (in use or free).</summary>
    public int Created { get; private set; }

    public long RetainedBytes => (long)Created * SegmentSize;

    public byte[] Rent()
    {
        if (_free.TryPop(out var segment))
        {
            return segment;
        }

        Created++;
        return GC.AllocateUninitializedArray<byte>(SegmentSize);
    }

    public void Return(byte[] segment) => _free.Push(segment);
}
