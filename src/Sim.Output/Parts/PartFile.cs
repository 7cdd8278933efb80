using Sim.Output.Dictionary;
using Sim.Parquet;

namespace Sim.Output.Parts;

/// <summary>
/// One Parquet part file of an output table: compressed with the run's codec (Snappy unless the scenario or
/// <c>--compression</c> says otherwise), dictionary-encoded strings, the table's data dictionary and the
/// run's tags in the key-value metadata. Columns are written batch by batch in the table's column order.
/// </summary>
public sealed class PartFile : IDisposable
{
    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private bool _disposed;

    /// <summary>Creates <paramref name="relativePath"/> under <paramref name="root"/> (it must not exist) for rows of <paramref name="table"/>.</summary>
    public PartFile(OutputRoot root, string relativePath, OutputTable table, OutputTags tags, ParquetCompression compression, int rowGroupMaxRows = 1 << 20)
        : this(new FileStream(root.PathFor(relativePath), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16), relativePath, table, tags, compression, rowGroupMaxRows, ownsStream: true)
    {
    }

    /// <summary>Writes the part into <paramref name="stream"/> (left open), to be stored at <paramref name="relativePath"/> by someone else.</summary>
    public PartFile(Stream stream, string relativePath, OutputTable table, OutputTags tags, ParquetCompression compression, int rowGroupMaxRows = 1 << 20)
        : this(stream, relativePath, table, tags, compression, rowGroupMaxRows, ownsStream: false)
    {
    }

    private PartFile(Stream stream, string relativePath, OutputTable table, OutputTags tags, ParquetCompression compression, int rowGroupMaxRows, bool ownsStream)
    {
        Table = table;
        RelativePath = relativePath;
        var options = new ParquetWriterOptions
        {
            Compression = compression,
            UseDictionary = true,
            RowGroupMaxRows = rowGroupMaxRows,
            // The part closes a file stream it opened itself; a caller's stream stays open.
            LeaveOpen = true,
        };
        options.KeyValueMetadata[DataDictionary.TableKey] = table.Name;
        options.KeyValueMetadata[DataDictionary.MetadataKey] = DataDictionary.ToJson(table);
        foreach (var (key, value) in tags.Entries())
        {
            options.KeyValueMetadata[key] = value;
        }

        _stream = stream;
        _ownsStream = ownsStream;
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
            if (_ownsStream)
            {
                _stream.Dispose();
            }
        }
    }
}
