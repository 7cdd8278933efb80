namespace Sim.Parquet.Writing;

/// <summary>Segments of a batch of category codes of a String column.</summary>
internal readonly ref struct CategorySegments(ColumnWriter<string?> column, ReadOnlySpan<byte> codes, string[] categories) : ISegmentAppender
{
    private readonly ReadOnlySpan<byte> _codes = codes;

    public void Append(int offset, int rows) => column.AppendCodes(_codes.Slice(offset, rows), categories);
}
