using Sim.Parquet.Encodings;
using Sim.Parquet.Format;

namespace Sim.Parquet.Writing;

/// <summary>
/// Dictionary encoding with automatic fallback, shared by the fixed-width and byte-array writers.
/// A chunk starts in dictionary mode (data pages hold RLE/bit-packed indices); when the dictionary's
/// PLAIN size passes <see cref="ParquetWriterOptions.DictionaryMaxBytes"/> the open page is flushed and
/// the rest of the chunk is PLAIN. A column that fell back once starts later chunks PLAIN.
/// </summary>
internal abstract class DictionaryColumnWriter<T> : ColumnWriter<T>
{
    private const int DistinctSample = 10_000;
    private readonly ByteBuffer _encoded = new();
    private readonly bool _canUseDictionary;
    private int[] _indices = [];

    // Dictionary index of each category code in the open chunk, -1 until the code first appears (AppendCodes).
    private readonly int[] _codeIndex = new int[byte.MaxValue + 1];
    private int _indexCount;
    private long _chunkIndexedValues;
    private bool _dictionaryMode;
    private bool _fellBack;

    protected DictionaryColumnWriter(ParquetField field, ParquetWriterOptions options, WriterResources shared)
        : base(field, options, shared)
    {
        _canUseDictionary = options.UseDictionary && options.DictionaryMaxBytes > 0;
        _dictionaryMode = _canUseDictionary;
        _codeIndex.AsSpan().Fill(-1);
    }

    protected bool UsesDictionary => _canUseDictionary;

    protected override long PendingPageBytes =>
        _dictionaryMode ? 1 + (((long)_indexCount * IndexWidth) >> 3) : PlainPageBytes;

    protected override long ScratchBytes => _encoded.Capacity + ((long)_indices.Length * sizeof(int)) + SubclassScratchBytes;

    protected override int ValueSizeHint => _dictionaryMode ? Math.Max(1, IndexWidth >> 3) : PlainValueSizeHint;

    /// <summary>Entries in the open chunk's dictionary.</summary>
    protected abstract int DictionaryCount { get; }

    /// <summary>Bytes of PLAIN values buffered for the open page.</summary>
    protected abstract long PlainPageBytes { get; }

    protected abstract int PlainValueSizeHint { get; }

    /// <summary>Distinct values per value above which a dictionary does not pay (checked after a sample).</summary>
    protected abstract double MaxDistinctRatio { get; }

    protected abstract long SubclassScratchBytes { get; }

    private int IndexWidth => Math.Max(1, RleHybridEncoder.BitWidth((uint)Math.Max(0, DictionaryCount - 1)));

    public override void Dispose()
    {
        PageArrays.Release(ref _indices);
        _encoded.Dispose();
        base.Dispose();
    }

    /// <summary>Looks up (adding when new) each value's dictionary index.</summary>
    protected abstract void MapToIndices(ReadOnlySpan<T> values, Span<int> indices);

    /// <summary>Buffers values PLAIN-encoded and folds them into the statistics.</summary>
    protected abstract void AppendPlain(ReadOnlySpan<T> values);

    /// <summary>Returns the open page's PLAIN values and clears them (the span stays valid until the next append).</summary>
    protected abstract ReadOnlySpan<byte> TakePlainPage();

    /// <summary>Clears the dictionary (dropping it when <paramref name="release"/>) and statistics for the next chunk.</summary>
    protected abstract void ResetDictionaryAndStatistics(bool release);

    protected sealed override void AppendValues(ReadOnlySpan<T> values)
    {
        if (!_dictionaryMode)
        {
            AppendPlain(values);
            return;
        }

        PageArrays.Grow(ref _indices, _indexCount, _indexCount + values.Length, Options.PageMaxValues);
        MapToIndices(values, _indices.AsSpan(_indexCount, values.Length));
        CountIndexed(values.Length);
    }

    /// <summary>
    /// Codes are mapped to dictionary indices once per chunk, in the order rows first use them, so the dictionary
    /// and the indices are the ones the per-row lookup of the same values gives; the rows then cost a table read.
    /// </summary>
    protected sealed override void AppendCodeValues(ReadOnlySpan<byte> codes, ReadOnlySpan<T> categories)
    {
        if (!_dictionaryMode)
        {
            base.AppendCodeValues(codes, categories);
            return;
        }

        PageArrays.Grow(ref _indices, _indexCount, _indexCount + codes.Length, Options.PageMaxValues);
        var indices = _indices.AsSpan(_indexCount, codes.Length);
        for (var i = 0; i < codes.Length; i++)
        {
            var code = codes[i];
            var index = _codeIndex[code];
            if (index < 0)
            {
                MapToIndices(categories.Slice(code, 1), indices.Slice(i, 1));
                index = indices[i];
                _codeIndex[code] = index;
            }

            indices[i] = index;
        }

        CountIndexed(codes.Length);
    }

    /// <summary>One lookup for the value, then its index copied: the dictionary and indices of a per-row lookup.</summary>
    protected sealed override void AppendRepeatedValue(T value, int count)
    {
        if (!_dictionaryMode)
        {
            base.AppendRepeatedValue(value, count);
            return;
        }

        PageArrays.Grow(ref _indices, _indexCount, _indexCount + count, Options.PageMaxValues);
        var indices = _indices.AsSpan(_indexCount, count);
        MapToIndices(new ReadOnlySpan<T>(in value), indices[..1]);
        indices[1..].Fill(indices[0]);
        CountRepeated(value, count - 1);
        CountIndexed(count);
    }

    /// <summary>Statistics kept per value (not from the dictionary) for the <paramref name="extra"/> copies not looked up.</summary>
    protected virtual void CountRepeated(T value, int extra)
    {
    }

    private void CountIndexed(int count)
    {
        _indexCount += count;
        _chunkIndexedValues += count;
        if (DictionaryBytes > Options.DictionaryMaxBytes || MostlyDistinct())
        {
            // Earlier pages keep their indices; the rest of the chunk goes PLAIN.
            FlushPage();
            _dictionaryMode = false;
            _fellBack = true;
        }
    }

    /// <summary>
    /// Near-unique columns (ids, measurements) gain nothing from a dictionary but pay for hashing and
    /// its memory; after a sample of values, give up on them early.
    /// </summary>
    private bool MostlyDistinct() =>
        _chunkIndexedValues >= DistinctSample && DictionaryCount > _chunkIndexedValues * MaxDistinctRatio;

    protected sealed override ReadOnlySpan<byte> EncodeValues(out PageEncoding encoding)
    {
        if (!_dictionaryMode)
        {
            encoding = PageEncoding.Plain;
            return TakePlainPage();
        }

        encoding = PageEncoding.RleDictionary;
        _encoded.Clear();
        var width = IndexWidth;
        _encoded.WriteByte((byte)width);
        RleHybridEncoder.Encode<int>(_indices.AsSpan(0, _indexCount), width, _encoded);
        _indexCount = 0;
        return _encoded.WrittenSpan;
    }

    protected sealed override void ResetChunk()
    {
        _chunkIndexedValues = 0;
        if (_fellBack)
        {
            // Later chunks stay PLAIN, so the dictionary's memory can go.
            PageArrays.Release(ref _indices);
        }

        ResetDictionaryAndStatistics(release: _fellBack);
        _codeIndex.AsSpan().Fill(-1);
        _dictionaryMode = _canUseDictionary && !_fellBack;
    }
}
