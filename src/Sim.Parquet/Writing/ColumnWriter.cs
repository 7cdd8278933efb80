using Sim.Parquet.Compression;
using Sim.Parquet.Encodings;
using Sim.Parquet.Format;

namespace Sim.Parquet.Writing;

/// <summary>
/// Page and chunk bookkeeping shared by all column writers: definition levels, cutting pages at
/// <see cref="ParquetWriterOptions.PageMaxBytes"/>/<see cref="ParquetWriterOptions.PageMaxValues"/>,
/// compression, page headers, and sealing a chunk into a <see cref="CompletedChunk"/> at a row-group cut.
/// </summary>
internal abstract class ColumnWriter : IDisposable
{
    private readonly WriterResources _shared;
    private readonly Queue<CompletedChunk> _completed = new();
    private byte[] _levels = [];
    private SegmentedBuffer _pages;
    private long _chunkValues;
    private long _chunkNulls;
    private long _chunkUncompressed;
    private long _chunkCompressed;
    private bool _usedPlain;
    private bool _usedDictionary;

    protected ColumnWriter(ParquetField field, ParquetWriterOptions options, WriterResources shared)
    {
        Field = field;
        Options = options;
        _shared = shared;
        _pages = new SegmentedBuffer(shared.Segments);
    }

    public ParquetField Field { get; }

    public CompressionCodec Codec => _shared.Compressor.Codec;

    protected ParquetWriterOptions Options { get; }

    /// <summary>Rows (nulls included) in the page being filled.</summary>
    protected int PageRows { get; private set; }

    public int CompletedCount => _completed.Count;

    /// <summary>Encoded, uncompressed bytes of the open chunk: the row-group byte budget counts these.</summary>
    public long ChunkBytes => _chunkUncompressed + PendingPageBytes + DictionaryBytes;

    /// <summary>Bytes of page buffers and dictionaries this column holds (finished pages live in the shared segments).</summary>
    public long RetainedBytes => _levels.Length + ScratchBytes;

    /// <summary>Estimated encoded size of the values buffered for the open page.</summary>
    protected abstract long PendingPageBytes { get; }

    /// <summary>PLAIN size of the open chunk's dictionary, 0 without one.</summary>
    protected abstract long DictionaryBytes { get; }

    /// <summary>Bytes held in subclass buffers (page values, dictionary).</summary>
    protected abstract long ScratchBytes { get; }

    /// <summary>Average encoded bytes per value, used to size append steps against the page byte limit.</summary>
    protected abstract int ValueSizeHint { get; }

    public CompletedChunk TakeCompleted() => _completed.Dequeue();

    /// <summary>Seals the open chunk (if it has rows) into a completed chunk and starts a new one.</summary>
    public void FinishChunk()
    {
        FlushPage();
        if (_chunkValues == 0)
        {
            return;
        }

        SegmentedBuffer? dictionaryPage = null;
        long dictionaryUncompressed = 0, dictionaryCompressed = 0;
        if (_usedDictionary)
        {
            dictionaryPage = new SegmentedBuffer(_shared.Segments);
            var body = EncodeDictionary(out var entries);
            var compressed = _shared.Compressor.Compress(body);
            var header = new PageHeader
            {
                Type = PageType.DictionaryPage,
                UncompressedPageSize = body.Length,
                CompressedPageSize = compressed.Length,
                Crc = Options.WritePageChecksums ? (int)Crc32.Compute(compressed) : null,
                NumValues = entries,
                Encoding = PageEncoding.Plain,
            };
            var headerBytes = _shared.Header(header);
            dictionaryPage.Write(headerBytes);
            dictionaryPage.Write(compressed);
            dictionaryUncompressed = headerBytes.Length + body.Length;
            dictionaryCompressed = headerBytes.Length + compressed.Length;
        }

        var encodings = new List<PageEncoding>(3);
        if (_usedDictionary || _usedPlain)
        {
            encodings.Add(PageEncoding.Plain);
        }

        encodings.Add(PageEncoding.Rle);
        if (_usedDictionary)
        {
            encodings.Add(PageEncoding.RleDictionary);
        }

        var statistics = BuildStatistics();
        statistics.NullCount = _chunkNulls;
        _completed.Enqueue(new CompletedChunk(dictionaryPage, _pages)
        {
            NumValues = _chunkValues,
            TotalUncompressedSize = _chunkUncompressed + dictionaryUncompressed,
            TotalCompressedSize = _chunkCompressed + dictionaryCompressed,
            Encodings = encodings,
            Statistics = statistics,
        });
        _pages = new SegmentedBuffer(_shared.Segments);
        _chunkValues = _chunkNulls = _chunkUncompressed = _chunkCompressed = 0;
        _usedPlain = _usedDictionary = false;
        ResetChunk();
    }

    public virtual void Dispose()
    {
        PageArrays.Release(ref _levels);
        _pages.Dispose();
        while (_completed.Count > 0)
        {
            _completed.Dequeue().Dispose();
        }
    }

    /// <summary>Writes the values section of the open page and clears it; returns the bytes and their encoding.</summary>
    protected abstract ReadOnlySpan<byte> EncodeValues(out PageEncoding encoding);

    /// <summary>The PLAIN body of the dictionary page.</summary>
    protected abstract ReadOnlySpan<byte> EncodeDictionary(out int entries);

    /// <summary>Min/max of the open chunk (null count is filled in by the caller).</summary>
    protected abstract StatisticsMeta BuildStatistics();

    /// <summary>Clears dictionary and statistics for the next chunk.</summary>
    protected abstract void ResetChunk();

    /// <summary>
    /// Records the definition levels of <paramref name="rows"/> rows (all present when
    /// <paramref name="present"/> is empty) and returns how many of them are non-null.
    /// </summary>
    protected int AddLevels(ReadOnlySpan<bool> present, int rows)
    {
        int nonNull;
        if (Field.Nullable)
        {
            PageArrays.Grow(ref _levels, PageRows, PageRows + rows, Options.PageMaxValues);
            var target = _levels.AsSpan(PageRows, rows);
            if (present.IsEmpty)
            {
                target.Fill(1);
                nonNull = rows;
            }
            else
            {
                // bool is stored as 0/1, exactly the definition level of a flat optional column.
                System.Runtime.InteropServices.MemoryMarshal.AsBytes(present).CopyTo(target);
                nonNull = rows - present.Count(false);
            }
        }
        else
        {
            nonNull = rows;
        }

        PageRows += rows;
        _chunkNulls += rows - nonNull;
        return nonNull;
    }

    /// <summary>How many rows the next append step may add before the page limits are checked again.</summary>
    protected int NextStep(int rowsLeft)
    {
        var byValues = Options.PageMaxValues - PageRows;
        var bytesLeft = Math.Max(Options.PageMaxBytes - PendingPageBytes, 0);
        var byBytes = (int)Math.Clamp(bytesLeft / Math.Max(ValueSizeHint, 1), 1, 4096);
        return Math.Max(1, Math.Min(rowsLeft, Math.Min(byValues, byBytes)));
    }

    /// <summary>Cuts the page when either limit is reached.</summary>
    protected void FlushPageIfFull()
    {
        if (PageRows >= Options.PageMaxValues || PendingPageBytes >= Options.PageMaxBytes)
        {
            FlushPage();
        }
    }

    /// <summary>Encodes, compresses and appends the open page to the chunk.</summary>
    protected void FlushPage()
    {
        if (PageRows == 0)
        {
            return;
        }

        var values = EncodeValues(out var encoding);
        ReadOnlySpan<byte> body = values;
        if (Field.Nullable)
        {
            var assembled = _shared.Body;
            assembled.Clear();
            var lengthAt = assembled.Reserve(4);
            RleHybridEncoder.Encode<byte>(_levels.AsSpan(0, PageRows), 1, assembled);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(assembled.At(lengthAt, 4), assembled.Length - 4);
            assembled.Write(values);
            body = assembled.WrittenSpan;
        }

        var compressed = _shared.Compressor.Compress(body);
        var header = new PageHeader
        {
            Type = PageType.DataPage,
            UncompressedPageSize = body.Length,
            CompressedPageSize = compressed.Length,
            Crc = Options.WritePageChecksums ? (int)Crc32.Compute(compressed) : null,
            NumValues = PageRows,
            Encoding = encoding,
        };
        var headerBytes = _shared.Header(header);
        _pages.Write(headerBytes);
        _pages.Write(compressed);
        _chunkUncompressed += headerBytes.Length + body.Length;
        _chunkCompressed += headerBytes.Length + compressed.Length;
        _chunkValues += PageRows;
        _usedDictionary |= encoding == PageEncoding.RleDictionary;
        _usedPlain |= encoding == PageEncoding.Plain;
        PageRows = 0;
    }
}
