namespace Sim.Parquet.Writing;

/// <summary>Segments of a batch of strings or byte arrays.</summary>
internal readonly ref struct ReferenceSegments<TKey>(ColumnWriter<TKey?> column, ReadOnlySpan<TKey?> values) : ISegmentAppender
    where TKey : class
{
    private readonly ReadOnlySpan<TKey?> _values = values;

    public void Append(int offset, int rows) => ValueAppender.AppendReferences(column, _values.Slice(offset, rows));
}
