namespace Sim.Parquet.Bench.Macro;

/// <summary>One column of the benchmark table: fills a batch from the row numbers, then hands it to the writer.</summary>
internal abstract class BenchColumn(ParquetField field)
{
    public ParquetField Field { get; } = field;

    public string Name => Field.Name;

    /// <summary>Allocates the batch buffers once, so the timed loop allocates nothing on the caller's side.</summary>
    public abstract void Allocate(int batchRows);

    public abstract void Fill(long firstRow, int count);

    public abstract void Write(ParquetFileWriter writer, int count);
}
