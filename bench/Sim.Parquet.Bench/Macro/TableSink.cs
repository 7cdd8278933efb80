namespace Sim.Parquet.Bench.Macro;

/// <summary>
/// One library writing the benchmark table batch by batch. Every call is inside the write timer; the batch
/// generation is not. <see cref="EndBatch"/> is where a writer that takes whole row groups writes one.
/// </summary>
internal abstract class TableSink : IDisposable
{
    public static TableSink Create(WriterKind kind, string path, BenchColumn[] columns, MacroOptions options)
    {
        var rowGroupRows = options.RowGroupRows ?? new ParquetWriterOptions().RowGroupMaxRows;
        return kind switch
        {
            WriterKind.Sim => new SimSink(path, columns, options),
            WriterKind.ParquetSharp => new ParquetSharpSink(path, columns, options.Codec, rowGroupRows),
            WriterKind.ParquetNet => new ParquetNetSink(path, columns, options.Codec, rowGroupRows),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    /// <summary>Called before the columns of a batch of <paramref name="count"/> rows.</summary>
    public virtual void BeginBatch(int count)
    {
    }

    public abstract void WriteColumn(int column, int count);

    /// <summary>Called after all columns of the batch.</summary>
    public virtual void EndBatch(int count)
    {
    }

    /// <summary>Writes what is left and the footer, and flushes the file.</summary>
    public abstract void Complete();

    public abstract void Dispose();
}
