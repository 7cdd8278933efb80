namespace Sim.Parquet.Bench.Macro;

/// <summary>
/// One column of the benchmark table: fills a batch from the row numbers, then hands it to a writer (Sim.Parquet,
/// ParquetSharp or Parquet.Net), each through its own API with the types it takes, so no conversion is timed.
/// </summary>
internal abstract class BenchColumn(ParquetField field)
{
    public ParquetField Field { get; } = field;

    public string Name => Field.Name;

    /// <summary>Allocates the batch buffers once, so the timed loop allocates nothing on the caller's side.</summary>
    public abstract void Allocate(int batchRows);

    public abstract void Fill(long firstRow, int count);

    public abstract void Write(ParquetFileWriter writer, int count);

    /// <summary>The ParquetSharp column declaration with the same logical type and repetition.</summary>
    public abstract ParquetSharp.Column ParquetSharpColumn();

    /// <summary>Writes the batch through a LogicalColumnWriter of the buffered row group's column.</summary>
    public abstract void Write(ParquetSharp.ColumnWriter column, int count);

    /// <summary>The Parquet.Net field with the same logical type and repetition (one instance: the schema holds it).</summary>
    public abstract global::Parquet.Schema.DataField ParquetNetField();

    /// <summary>Parquet.Net takes a whole column chunk per call: the row group's values are gathered first.</summary>
    public abstract void AllocateRowGroup(int rows);

    /// <summary>Copies the batch into the row-group buffer at <paramref name="offset"/>.</summary>
    public abstract void Gather(int offset, int count);

    /// <summary>Writes the gathered <paramref name="rows"/> as one column chunk.</summary>
    public abstract Task Write(global::Parquet.ParquetRowGroupWriter rowGroup, int rows);
}
