using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Sim.Parquet.Encodings;
using Sim.Parquet.Format;

namespace Sim.Parquet.Writing;

/// <summary>
/// Writer for BYTE_ARRAY columns (strings and binary). Dictionary mode hashes the CLR value and
/// encodes each distinct value once; PLAIN mode writes 4-byte length + bytes. Statistics compare
/// the encoded bytes unsigned, which for UTF-8 is code point order.
/// </summary>
internal sealed class ByteArrayColumnWriter<TKey, TOps> : DictionaryColumnWriter<TKey?>
    where TKey : class
    where TOps : IByteArrayKey<TKey>
{
    /// <summary>Longer min/max values are left out of the statistics to keep footers small.</summary>
    internal const int MaxStatisticsValueBytes = 1024;

    private const int IdentityCacheSize = 1 << 13;

    private ByteArrayDictionary<TKey, TOps>? _dictionary;
    private readonly ByteBuffer _plain = new();
    private readonly ByteBuffer _min = new();
    private readonly ByteBuffer _max = new();

    // Values repeat as the same instances (interned or table strings): a direct-mapped cache keyed on
    // object identity finds their index without hashing the content.
    private readonly TKey?[] _identityKeys = new TKey?[IdentityCacheSize];
    private readonly int[] _identityIndex = new int[IdentityCacheSize];
    private long _plainValuesTotal;
    private int _plainMaxValueBytes;
    private bool _hasStats;

    public ByteArrayColumnWriter(ParquetField field, ParquetWriterOptions options, WriterResources shared)
        : base(field, options, shared)
    {
        _dictionary = UsesDictionary ? new ByteArrayDictionary<TKey, TOps>() : null;
    }

    protected override long DictionaryBytes => _dictionary?.PlainBytes.Length ?? 0;

    protected override int DictionaryCount => _dictionary?.Count ?? 0;

    protected override long PlainPageBytes => _plain.Length;

    // Steps are sized by the largest value seen in the chunk, not the average: with lengths that vary an
    // average lets a step overshoot PageMaxBytes several times over. Until the chunk has seen a value, assume
    // a sixteenth of a page. With the default 1 MiB pages the 4096-row step cap binds first anyway.
    protected override int PlainValueSizeHint => _plainValuesTotal == 0
        ? Math.Max(Options.PageMaxBytes / 16, 4)
        : Math.Max(_plainMaxValueBytes, 4);

    protected override double MaxDistinctRatio => 0.9;

    protected override long SubclassScratchBytes => _plain.Capacity + (_dictionary?.RetainedBytes ?? 0);

    public override void Dispose()
    {
        _dictionary?.Dispose();
        _plain.Dispose();
        _min.Dispose();
        _max.Dispose();
        base.Dispose();
    }

    protected override void MapToIndices(ReadOnlySpan<TKey?> values, Span<int> indices)
    {
        var dictionary = _dictionary!;
        TKey? previous = null;
        var previousIndex = -1;
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (!ReferenceEquals(value, previous))
            {
                var slot = RuntimeHelpers.GetHashCode(value) & (IdentityCacheSize - 1);
                if (ReferenceEquals(_identityKeys[slot], value))
                {
                    previousIndex = _identityIndex[slot];
                }
                else
                {
                    previousIndex = dictionary.GetOrAdd(value!);
                    _identityKeys[slot] = value;
                    _identityIndex[slot] = previousIndex;
                }

                previous = value;
            }

            indices[i] = previousIndex;
        }
    }

    protected override void AppendPlain(ReadOnlySpan<TKey?> values)
    {
        foreach (var value in values)
        {
            var span = _plain.GetSpan(4 + TOps.MaxByteCount(value!));
            var length = TOps.Encode(value!, span[4..]);
            BinaryPrimitives.WriteInt32LittleEndian(span, length);
            _plain.Advance(4 + length);
            _plainMaxValueBytes = Math.Max(_plainMaxValueBytes, 4 + length);
            Observe(span.Slice(4, length));
        }

        _plainValuesTotal += values.Length;
    }

    protected override ReadOnlySpan<byte> TakePlainPage()
    {
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
        for (var i = 0; i < DictionaryCount; i++)
        {
            Observe(_dictionary!.Entry(i));
        }

        var statistics = new StatisticsMeta();
        if (_hasStats && _min.Length <= MaxStatisticsValueBytes && _max.Length <= MaxStatisticsValueBytes)
        {
            statistics.MinValue = _min.WrittenSpan.ToArray();
            statistics.MaxValue = _max.WrittenSpan.ToArray();
        }

        return statistics;
    }

    protected override void ResetDictionaryAndStatistics(bool release)
    {
        _dictionary?.Clear();
        Array.Clear(_identityKeys);
        if (release)
        {
            (_dictionary as IDisposable)?.Dispose();
            _dictionary = null;
        }

        _hasStats = false;
        _plainValuesTotal = 0;
        _plainMaxValueBytes = 0;
    }

    private void Observe(ReadOnlySpan<byte> value)
    {
        if (!_hasStats)
        {
            Replace(_min, value);
            Replace(_max, value);
            _hasStats = true;
        }
        else if (value.SequenceCompareTo(_min.WrittenSpan) < 0)
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
