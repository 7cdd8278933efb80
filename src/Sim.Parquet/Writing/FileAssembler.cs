using System.Buffers.Binary;
using Sim.Parquet.Encodings;
using Sim.Parquet.Format;
using Sim.Parquet.Thrift;

namespace Sim.Parquet.Writing;

/// <summary>Lays out the file: magic, column chunks row group by row group, and the footer.</summary>
internal sealed class FileAssembler
{
    private static ReadOnlySpan<byte> Magic => "PAR1"u8;

    private readonly Stream _output;
    private readonly List<RowGroupMeta> _rowGroups = [];
    private long _position;

    public FileAssembler(Stream output)
    {
        _output = output;
        Write(Magic);
    }

    /// <summary>Uncompressed bytes of all row groups written so far (for the bytes-per-row estimate).</summary>
    public long WrittenUncompressedBytes { get; private set; }

    public int RowGroupCount => _rowGroups.Count;

    /// <summary>Writes one finished chunk per column as the next row group.</summary>
    public void WriteRowGroup(ColumnWriter[] columns)
    {
        var group = new RowGroupMeta { FileOffset = _position };
        if (_rowGroups.Count <= short.MaxValue)
        {
            group.Ordinal = (short)_rowGroups.Count;
        }

        long uncompressed = 0, compressed = 0;
        foreach (var column in columns)
        {
            using var chunk = column.TakeCompleted();
            var chunkStart = _position;
            long? dictionaryOffset = null;
            if (chunk.DictionaryPage is { } dictionary)
            {
                dictionaryOffset = _position;
                Write(dictionary);
            }

            var dataOffset = _position;
            Write(chunk.DataPages);
            group.Columns.Add(new ColumnChunkMeta
            {
                FileOffset = chunkStart,
                MetaData = new ColumnMetaData
                {
                    Type = TypeMap.Physical(column.Field.Type),
                    Encodings = chunk.Encodings,
                    PathInSchema = [column.Field.Name],
                    Codec = column.Codec,
                    NumValues = chunk.NumValues,
                    TotalUncompressedSize = chunk.TotalUncompressedSize,
                    TotalCompressedSize = chunk.TotalCompressedSize,
                    DataPageOffset = dataOffset,
                    DictionaryPageOffset = dictionaryOffset,
                    Statistics = chunk.Statistics,
                },
            });
            group.NumRows = chunk.NumValues;
            uncompressed += chunk.TotalUncompressedSize;
            compressed += chunk.TotalCompressedSize;
        }

        group.TotalByteSize = uncompressed;
        group.TotalCompressedSize = compressed;
        WrittenUncompressedBytes += uncompressed;
        _rowGroups.Add(group);
    }

    /// <summary>Writes FileMetaData, its length and the closing magic.</summary>
    public void WriteFooter(ParquetSchema schema, long rows, ParquetWriterOptions options)
    {
        var metadata = new FileMetaData
        {
            Version = 1,
            NumRows = rows,
            RowGroups = _rowGroups,
            CreatedBy = options.CreatedBy,
            ColumnOrders = [.. schema.Fields.Select(_ => FileMetaData.TypeOrder)],
        };
        metadata.Schema.Add(new SchemaElement { Name = "schema", NumChildren = schema.Fields.Count });
        foreach (var field in schema.Fields)
        {
            metadata.Schema.Add(TypeMap.ToSchemaElement(field));
        }

        if (options.KeyValueMetadata.Count > 0)
        {
            // Sorted so the bytes do not depend on dictionary enumeration order.
            metadata.KeyValueMetadata = [.. options.KeyValueMetadata
                .OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value))];
        }

        using var buffer = new ByteBuffer(4096);
        var writer = new CompactWriter(buffer);
        writer.BeginStruct();
        metadata.Write(writer);
        writer.EndStruct();
        Write(buffer.WrittenSpan);
        Span<byte> tail = stackalloc byte[8];
        BinaryPrimitives.WriteInt32LittleEndian(tail, buffer.Length);
        Magic.CopyTo(tail[4..]);
        Write(tail);
        _output.Flush();
    }

    private void Write(SegmentedBuffer pages)
    {
        pages.WriteTo(_output);
        _position += pages.Length;
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        _output.Write(bytes);
        _position += bytes.Length;
    }
}
