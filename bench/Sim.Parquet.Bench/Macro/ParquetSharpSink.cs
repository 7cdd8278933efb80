using ParquetSharp;

namespace Sim.Parquet.Bench.Macro;

/// <summary>
/// ParquetSharp (Arrow C++): a buffered row group takes the batches column by column (as ours does), a new one
/// every <c>rowGroupRows</c> rows; dictionary encoding on for every column (Arrow's default, like ours).
/// </summary>
internal sealed class ParquetSharpSink : TableSink
{
    private readonly ParquetSharp.ParquetFileWriter writer;
    private readonly BenchColumn[] columns;
    private readonly int rowGroupRows;
    private RowGroupWriter? rowGroup;
    private int rowsInGroup;

    public ParquetSharpSink(string path, BenchColumn[] columns, ParquetCompression codec, int rowGroupRows)
    {
        this.columns = columns;
        this.rowGroupRows = rowGroupRows;
        using var builder = new WriterPropertiesBuilder();
        builder.Compression(codec switch
        {
            ParquetCompression.None => global::ParquetSharp.Compression.Uncompressed,
            ParquetCompression.Snappy => global::ParquetSharp.Compression.Snappy,
            ParquetCompression.Gzip => global::ParquetSharp.Compression.Gzip,
            _ => global::ParquetSharp.Compression.Zstd,
        }).EnableDictionary().MaxRowGroupLength(rowGroupRows);
        using var properties = builder.Build();
        writer = new ParquetSharp.ParquetFileWriter(
            path, [.. columns.Select(c => c.ParquetSharpColumn())], new LogicalTypeFactory { DateAsDateOnly = true }, properties);
    }

    public override void BeginBatch(int count)
    {
        if (rowGroup is null || rowsInGroup + count > rowGroupRows)
        {
            rowGroup?.Dispose();
            rowGroup = writer.AppendBufferedRowGroup();
            rowsInGroup = 0;
        }

        rowsInGroup += count;
    }

    public override void WriteColumn(int column, int count) => columns[column].Write(rowGroup!.Column(column), count);

    public override void Complete()
    {
        rowGroup?.Dispose();
        rowGroup = null;
        writer.Close();
    }

    public override void Dispose()
    {
        rowGroup?.Dispose();
        writer.Dispose();
    }
}
