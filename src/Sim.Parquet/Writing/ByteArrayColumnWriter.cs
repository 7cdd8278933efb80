using System.Buffers.Binary;
using Sim.Parquet.Encodings;
using Sim.Parquet.Format;

namespace Sim.Parquet.Writing;

/// <summary>
/// Writer for BYTE_ARRAY columns (strings and binary). Dictionary mode hashes the CLR value and
/// encodes each distinct value once; PLAIN mode writes 4-byte length + bytes. Statistics compare
/// the encoded bytes unsigned, which for UTF-8 is code point order.
/// </summary>
internal sealed class ByteArrayColumnWriter<TKey, TOps> : ColumnWriter<TKey?>
    where TKey : class
    where TOps : IByteArrayKey<TKey>
{
    /// <summary>Longer min/max values are left out of the statistics to keep footers small.</summary>
    internal const int MaxStatisticsValueBytes = 1024;

    private readonly ByteArrayDictionary<TKey, TOps>? _dictionary;
    private readonly ByteBuffer _plain = new();
    private readonly ByteBuffer _encoded = new();
    private readonly ByteBuffer _min = new();
    private readonly ByteBuffer _max = new();
    private int[] _indices = [];
    private int _indexCount;
    private long _plainBytesTotal;
    private long _plainValuesTotal;
    private bool _dictionaryMode;
    private bool _fellBack;
    private bool _hasStats;

    public ByteArrayColumnWriter(ParquetField field, ParquetWriterOptions options)
        : base(field, options)
    {
        if (options.UseDictionary && options.DictionaryMaxBytes > 0)
        {
            _dictionary = new ByteArrayDictionary<TKey, TOps>();
            _dictionaryMode = true;
        }
    }

    protected override long PendingPageBytes =>
        _dictionaryMode ? 1 + (((long)_indexCount * IndexWidth) >> 3) : _plain.Length;

    protected override long DictionaryBytes => _dictionary?.PlainBytes.Length ?? 0;

    protected override long ScratchBytes =>
        _plain.Capacity + _encoded.Capacity + ((long)_indices.Length * sizeof(int)) + (_dictionary?.RetainedBytes ?? 0);

    protected override int ValueSizeHint => _dictionaryMode
        ? Math.Max(1, IndexWidth >> 3)
        : (int)Math.Clamp(_plainBytesTotal / Math.Max(_plainValuesTotal, 1), 4, int.MaxValue);

    private int IndexWidth => Math.Max(1, RleHybridEncoder.BitWidth((uint)Math.Max(0, _dictionary!.Count - 1)));

    public override void Dispose()
    {
        _dictionary?.Dispose();
        _plain.Dispose();
        _encoded.Dispose();
        _min.Dispose();
        _max.Dispose();
        base.Dispose();
    }

    protected override void AppendValues(ReadOnlySpan<TKey?> values)
    {
        if (!_dictionaryMode)
        {
            AppendPlain(values);
            return;
        }

        if (_indices.Length < _indexCount + values.Length)
        {
            Array.Resize(ref _indices, Math.Max(_indexCount + values.Length, Math.Min(_indices.Length * 2, Options.PageMaxValues)));
        }

        var dictionary = _dictionary!;
        var indices = _indices;
        var n = _indexCount;
        TKey? previous = null;
        var previousIndex = -1;
        foreach (var value in values)
        {
            // The same instance repeated (interned or cached strings) skips hashing.
            if (!ReferenceEquals(value, previous))
            {
                previousIndex = dictionary.GetOrAdd(value!);
                previous = value;
            }

            indices[n++] = previousIndex;
        }

        _indexCount = n;
        if (DictionaryBytes > Options.DictionaryMaxBytes)
        {
            FlushPage();
            _dictionaryMode = false;
            _fellBack = true;
        }
    }

    protected override ReadOnlySpan<byte> EncodeValues(out PageEncoding encoding)
    {
        if (_dictionaryMode)
        {
            encoding = PageEncoding.RleDictionary;
            _encoded.Clear();
            var width = IndexWidth;
            _encoded.WriteByte((byte)width);
            RleHybridEncoder.Encode<int>(_indices.AsSpan(0, _indexCount), width, _encoded);
            _indexCount = 0;
            return _encoded.WrittenSpan;
        }

        encoding = PageEncoding.Plain;
        var bytes = _plain.WrittenSpan;
        _plain.Clear();
        return bytes;
    }

    protected override ReadOnlySpan<byte> EncodeDictionary(out int entries)
    {
        entries = _dictionary!.Count;
        return _dictionary.PlainBytes;
    }

    protected override StatisticsMeta BuildStatistics()
    {
        if (_dictionary is not null)
        {
            for (var i = 0; i < _dictionary.Count; i++)
            {
                Observe(_dictionary.Entry(i));
            }
        }

        var statistics = new StatisticsMeta();
        if (_hasStats && _min.Length <= MaxStatisticsValueBytes && _max.Length <= MaxStatisticsValueBytes)
        {
            statistics.MinValue = _min.WrittenSpan.ToArray();
            statistics.MaxValue = _max.WrittenSpan.ToArray();
        }

        return statistics;
    }

    protected override void ResetChunk()
    {
        _dictionary?.Clear();
        _hasStats = false;
        _plainBytesTotal = _plainValuesTotal = 0;
        _dictionaryMode = _dictionary is not null && !_fellBack;
    }

    private void AppendPlain(ReadOnlySpan<TKey?> values)
    {
        foreach (var value in values)
        {
            var span = _plain.GetSpan(4 + TOps.MaxByteCount(value!));
            var length = TOps.Encode(value!, span[4..]);
            BinaryPrimitives.WriteInt32LittleEndian(span, length);
            _plain.Advance(4 + length);
            _plainBytesTotal += 4 + length;
            Observe(span.Slice(4, length));
        }

        _plainValuesTotal += values.Length;
    }

    private void Observe(ReadOnlySpan<byte> value)
    {
        if (!_hasStats)
        {
            Replace(_min, value);
            Replace(_max, value);
            _hasStats = true;
            return;
        }

        if (value.SequenceCompareTo(_min.WrittenSpan) < 0)
        {
            Replace(_min, value);
        }
        else if (value.SequenceCompareTo(_max.WrittenSpan) > 0)
        {
            Replace(_max, value);
        }
    }

    private static void Replace(ByteBuffer target, ReadOnlySpan<byte> value)
    {
        target.Clear();
        target.Write(value);
    }
}
