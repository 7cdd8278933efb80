namespace Sim.Parquet.Writing;

/// <summary>Segments of a batch in which every row holds the same value.</summary>
internal readonly struct RepeatedSegments<T>(ColumnWriter column, T value) : ISegmentAppender
    where T : unmanaged
{
    public void Append(int offset, int rows) => ValueAppender.AppendRepeated(column, value, rows);
}
