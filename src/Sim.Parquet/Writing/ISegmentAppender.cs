namespace Sim.Parquet.Writing;

/// <summary>Appends rows [offset, offset + rows) of one column's batch; a ref struct so it can hold the caller's spans.</summary>
internal interface ISegmentAppender
{
    void Append(int offset, int rows);
}
