using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Sim.Parquet.Encodings;
using Sim.Parquet.Format;

namespace Sim.Parquet.Writing;

/// <summary>
/// Writer for 4- and 8-byte columns (INT32, INT64, FLOAT, DOUBLE). <typeparamref name="T"/> is the
/// sort-order type: uint/ulong for unsigned logical types so statistics compare unsigned.
/// PLAIN pages are the values' little-endian bytes copied straight from the span.
/// </summary>
internal sealed class FixedColumnWriter<T> : ColumnWriter<T>
    where T : unmanaged, INumber<T>
{
    private readonly FixedDictionary<T>? _dictionary;
    private readonly ByteBuffer _plain = new();
    private readonly ByteBuffer _encoded = new();
    private int[] _indices = [];
    private int _indexCount;
    private bool _dictionaryMode;
    private bool _fellBack;
    private MinMax<T> _stats;

    public FixedColumnWriter(ParquetField field, ParquetWriterOptions options)
        : base(field, options)
    {
        if (options.UseDictionary && options.DictionaryMaxBytes > 0)
        {
            _dictionary = new FixedDictionary<T>();
            _dictionaryMode = true;
        }
    }

    protected override long PendingPageBytes =>
        _dictionaryMode ? 1 + (((long)_indexCount * IndexWidth) >> 3) : _plain.Length;

    protected override long DictionaryBytes => (long)(_dictionary?.Count ?? 0) * Unsafe.SizeOf<T>();

    protected override long ScratchBytes =>
        _plain.Capacity + _encoded.Capacity + ((long)_indices.Length * sizeof(int)) + (_dictionary?.RetainedBytes ?? 0);

    protected override int ValueSizeHint => _dictionaryMode ? Math.Max(1, IndexWidth >> 3) : Unsafe.SizeOf<T>();

    private int IndexWidth => Math.Max(1, RleHybridEncoder.BitWidth((uint)Math.Max(0, _dictionary!.Count - 1)));

    public override void Dispose()
    {
        _plain.Dispose();
        _encoded.Dispose();
        base.Dispose();
    }

    protected override void AppendValues(ReadOnlySpan<T> values)
    {
        if (!_dictionaryMode)
        {
            _plain.Write(MemoryMarshal.AsBytes(values));
            _stats.Add(values);
            return;
        }

        if (_indices.Length < _indexCount + values.Length)
        {
            Array.Resize(ref _indices, Math.Max(_indexCount + values.Length, Math.Min(_indices.Length * 2, Options.PageMaxValues)));
        }

        var dictionary = _dictionary!;
        var indices = _indices;
        var n = _indexCount;
        var previousIndex = -1;
        var previous = default(T);
        foreach (var value in values)
        {
            // Repeated neighbours are common (sorted or clustered data); skip the hash for them.
            if (previousIndex < 0 || !SameBits(value, previous))
            {
                previousIndex = dictionary.GetOrAdd(value);
                previous = value;
            }

            indices[n++] = previousIndex;
        }

        _indexCount = n;
        if (DictionaryBytes > Options.DictionaryMaxBytes)
        {
            // Earlier pages keep their indices; the rest of the chunk (and later chunks) go PLAIN.
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
        return MemoryMarshal.AsBytes(_dictionary.Values);
    }

    protected override StatisticsMeta BuildStatistics()
    {
        if (_dictionary is { Count: > 0 })
        {
            _stats.Add(_dictionary.Values);
        }

        var statistics = new StatisticsMeta();
        var floating = typeof(T) == typeof(float) || typeof(T) == typeof(double);
        if (_stats.HasValue)
        {
            // TYPE_ORDER float rules: a zero minimum is written as -0.0, a zero maximum as +0.0.
            var min = floating && T.IsZero(_stats.Min) ? -T.Zero : _stats.Min;
            var max = floating && T.IsZero(_stats.Max) ? T.Zero : _stats.Max;
            statistics.MinValue = ToBytes(min);
            statistics.MaxValue = ToBytes(max);
        }

        if (floating)
        {
            statistics.NanCount = _stats.NanCount;
        }

        return statistics;
    }

    protected override void ResetChunk()
    {
        _dictionary?.Clear();
        _stats.Reset();
        _dictionaryMode = _dictionary is not null && !_fellBack;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameBits(T a, T b) => Unsafe.SizeOf<T>() == 4
        ? Unsafe.As<T, uint>(ref a) == Unsafe.As<T, uint>(ref b)
        : Unsafe.As<T, ulong>(ref a) == Unsafe.As<T, ulong>(ref b);

    private static byte[] ToBytes(T value) => MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in value)).ToArray();
}
