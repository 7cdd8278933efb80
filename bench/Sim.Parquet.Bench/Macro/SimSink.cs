namespace Sim.Parquet.Bench.Macro;

/// <summary>Sim.Parquet: one WriteColumn call per column and batch; row groups are cut by the writer.</summary>
internal sealed class SimSink : TableSink
{
    private readonly FileStream stream;
    private readonly ParquetFileWriter writer;
    private readonly BenchColumn[] columns;

    public SimSink(string path, BenchColumn[] columns, MacroOptions options)
    {
        this.columns = columns;
        var writerOptions = new ParquetWriterOptions { Compression = options.Codec };
        if (options.RowGroupRows is { } rowGroupRows)
        {
            writerOptions.RowGroupMaxRows = rowGroupRows;
        }

        stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        writer = new ParquetFileWriter(stream, new ParquetSchema(columns.Select(c => c.Field)), writerOptions);
    }

    public override void WriteColumn(int column, int count) => columns[column].Write(writer, count);

    public override void Complete()
    {
        writer.Complete();
        stream.Flush();
    }

    public override void Dispose()
    {
        writer.Dispose();
        stream.Dispose();
    }
}
