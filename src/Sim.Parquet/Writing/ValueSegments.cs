namespace Sim.Parquet.Writing;

/// <summary>Segments of a batch of unmanaged values (with optional presence flags).</summary>
internal readonly ref struct ValueSegments<T>(ColumnWriter column, ReadOnlySpan<T> values, ReadOnlySpan<bool> present, bool hasPresent)
    : ISegmentAppender
    where T : unmanaged
{
    private readonly ReadOnlySpan<T> _values = values;
    private readonly ReadOnlySpan<bool> _present = present;

    public void Append(int offset, int rows) =>
        ValueAppender.Append(column, _values.Slice(offset, rows), hasPresent ? _present.Slice(offset, rows) : default);
}
