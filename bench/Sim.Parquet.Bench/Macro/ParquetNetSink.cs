using Parquet;

namespace Sim.Parquet.Bench.Macro;

/// <summary>
/// Parquet.Net through its fastest low-level API, ParquetRowGroupWriter.WriteAsync with whole column chunks:
/// batches are gathered into row-group buffers (a copy, timed: the API needs it) and each full row group is
/// written column by column. Its defaults: dictionary encoding for strings only.
/// </summary>
internal sealed class ParquetNetSink : TableSink
{
    private readonly FileStream stream;
    private readonly ParquetWriter writer;
    private readonly BenchColumn[] columns;
    private readonly int rowGroupRows;
    private int gathered;

    public ParquetNetSink(string path, BenchColumn[] columns, ParquetCompression codec, int rowGroupRows)
    {
        this.columns = columns;
        this.rowGroupRows = rowGroupRows;
        foreach (var column in columns)
        {
            column.AllocateRowGroup(rowGroupRows);
        }

        stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var schema = new global::Parquet.Schema.ParquetSchema(columns.Select(c => c.ParquetNetField()));
        var options = new ParquetOptions
        {
            CompressionMethod = codec switch
            {
                ParquetCompression.None => CompressionMethod.None,
                ParquetCompression.Snappy => CompressionMethod.Snappy,
                ParquetCompression.Gzip => CompressionMethod.Gzip,
                _ => CompressionMethod.Zstd,
            },
        };
        writer = ParquetWriter.CreateAsync(schema, stream, options).GetAwaiter().GetResult();
    }

    public override void BeginBatch(int count)
    {
        if (gathered + count > rowGroupRows)
        {
            WriteRowGroup();
        }
    }

    public override void WriteColumn(int column, int count) => columns[column].Gather(gathered, count);

    public override void EndBatch(int count) => gathered += count;

    public override void Complete()
    {
        WriteRowGroup();
        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        stream.Flush();
    }

    public override void Dispose()
    {
        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        stream.Dispose();
    }

    private void WriteRowGroup()
    {
        if (gathered == 0)
        {
            return;
        }

        using (var rowGroup = writer.CreateRowGroup())
        {
            foreach (var column in columns)
            {
                column.Write(rowGroup, gathered).GetAwaiter().GetResult();
            }
        }

        gathered = 0;
    }
}
