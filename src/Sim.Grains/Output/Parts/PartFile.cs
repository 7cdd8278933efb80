using Sim.Grains.Output.Dictionary;
using Sim.Parquet;

namespace Sim.Grains.Output.Parts;

/// <summary>
/// One Parquet part file of an output table: Snappy, dictionary-encoded strings, the table's data dictionary and the
/// run's tags in the key-value metadata. Columns are written batch by batch in the table's column order.
/// </summary>
public sealed class PartFile : IDisposable
{
    private readonly FileStream _stream;
    private bool _disposed;

    /// <summary>Creates <paramref name="relativePath"/> under <paramref name="root"/> (it must not exist) for rows of <paramref name="table"/>.</summary>
    public PartFile(OutputRoot root, string relativePath, OutputTable table, OutputTags tags, int rowGroupMaxRows = 1 << 20)
    {
        Table = table;
        RelativePath = relativePath;
        var options = new ParquetWriterOptions
        {
            Compression = ParquetCompression.Snappy,
            UseDictionary = true,
            RowGroupMaxRows = rowGroupMaxRows,
            LeaveOpen = false,
        };
        options.KeyValueMetadata[DataDictionary.TableKey] = table.Name;
        options.KeyValueMetadata[DataDictionary.MetadataKey] = DataDictionary.ToJson(table);
        foreach (var (key, value) in tags.Entries())
        {
            options.KeyValueMetadata[key] = value;
        }

        _stream = new FileStream(root.PathFor(relativePath), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        Writer = new ParquetFileWriter(_stream, table.Schema, options);
    }

    /// <summary>The table the file belongs to.</summary>
    public OutputTable Table { get; }

    /// <summary>The file's path relative to the run folder (forward slashes).</summary>
    public string RelativePath { get; }

    /// <summary>The writer; call one <c>WriteColumn</c> per column, in <see cref="Table"/> order, per batch.</summary>
    public ParquetFileWriter Writer { get; }

    /// <summary>Rows written so far.</summary>
    public long Rows => Writer.RowsWritten;

    /// <summary>Writes the footer and closes the file; returns its entry for the manifest.</summary>
    public OutputFileInfo Complete()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Writer.Complete();
        var rows = Writer.RowsWritten;
        Dispose();
        return new OutputFileInfo(RelativePath, Table.Name, rows);
    }

    /// <summary>Closes the file (completing it if needed); an abandoned run deletes its whole staging folder anyway.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            Writer.Dispose();
        }
        finally
        {
            _stream.Dispose();
        }
    }
}
