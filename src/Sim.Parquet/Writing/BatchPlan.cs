namespace Sim.Parquet.Writing;

/// <summary>
/// Where a batch is cut into row groups, decided once (when its first column arrives) so every column
/// cuts at the same rows: the row budget exactly, the byte budget from the bytes per row seen so far.
/// </summary>
internal sealed class BatchPlan
{
    private readonly List<(int Rows, bool Cut)> _segments = [];

    /// <summary>Rows of the batch.</summary>
    public int Rows { get; private set; }

    /// <summary>The batch's slices in order; a slice with Cut ends a row group.</summary>
    public IReadOnlyList<(int Rows, bool Cut)> Segments => _segments;

    /// <param name="rows">Rows in the new batch.</param>
    /// <param name="groupRows">Committed rows already in the open row group.</param>
    /// <param name="groupBytes">Encoded bytes already buffered for the open row group.</param>
    /// <param name="committedRows">Rows committed to the file so far.</param>
    /// <param name="writtenBytes">Encoded bytes of the row groups already written.</param>
    /// <param name="options">The budgets.</param>
    public void Build(int rows, long groupRows, double groupBytes, long committedRows, long writtenBytes, ParquetWriterOptions options)
    {
        Rows = rows;
        _segments.Clear();
        var bytesPerRow = committedRows > 0 ? (writtenBytes + groupBytes) / committedRows : 0;
        var left = rows;
        while (left > 0)
        {
            var cap = options.RowGroupMaxRows - groupRows;
            if (bytesPerRow > 0)
            {
                var byBytes = (long)((options.RowGroupMaxBytes - groupBytes) / bytesPerRow);
                cap = Math.Min(cap, Math.Max(byBytes, 1));
            }

            var take = (int)Math.Min(left, cap);
            var cut = take == cap;
            _segments.Add((take, cut));
            left -= take;
            groupRows = cut ? 0 : groupRows + take;
            groupBytes = cut ? 0 : groupBytes + (take * bytesPerRow);
        }
    }

    /// <summary>Rows in the open row group once the batch is committed.</summary>
    public long GroupRowsAfter(long groupRows)
    {
        foreach (var (rows, cut) in _segments)
        {
            groupRows = cut ? 0 : groupRows + rows;
        }

        return groupRows;
    }
}
