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
internal sealed class FixedColumnWriter<T> : DictionaryColumnWriter<T>
    where T : unmanaged, INumber<T>
{
    private FixedDictionary<T>? _dictionary;
    private readonly ByteBuffer _plain = new();
    private MinMax<T> _stats;

    public FixedColumnWriter(ParquetField field, ParquetWriterOptions options, WriterResources shared)
        : base(field, options, shared)
    {
        _dictionary = UsesDictionary ? new FixedDictionary<T>() : null;
    }

    protected override long DictionaryBytes => (long)DictionaryCount * Unsafe.SizeOf<T>();

    protected override int DictionaryCount => _dictionary?.Count ?? 0;

    protected override long PlainPageBytes => _plain.Length;

    protected override int PlainValueSizeHint => Unsafe.SizeOf<T>();

    protected override double MaxDistinctRatio => 0.5;

    protected override long SubclassScratchBytes => _plain.Capacity + (_dictionary?.RetainedBytes ?? 0);

    public override void Dispose()
    {
        _plain.Dispose();
        base.Dispose();
    }

    protected override void MapToIndices(ReadOnlySpan<T> values, Span<int> indices)
    {
        // Bounds come from the dictionary at the end of the chunk, but NaNs must be counted per value.
        _stats.CountNaN(values);
        var dictionary = _dictionary!;
        var previousIndex = -1;
        var previous = default(T);
        for (var i = 0; i < values.Length; i++)
        {
            // Small codes hit a direct table; repeated neighbours (sorted or clustered data) skip the hash.
            var value = values[i];
            var small = dictionary.FindSmall(value);
            if (small >= 0)
            {
                indices[i] = small;
                continue;
            }

            if (previousIndex < 0 || !SameBits(value, previous))
            {
                previousIndex = dictionary.GetOrAdd(value);
                previous = value;
            }

            indices[i] = previousIndex;
        }
    }

    protected override void CountRepeated(T value, int extra)
    {
        // Bounds come from the dictionary; a NaN is counted once per row.
        if (T.IsNaN(value))
        {
            _stats.NanCount += extra;
        }
    }

    protected override void AppendPlain(ReadOnlySpan<T> values)
    {
        _plain.Write(MemoryMarshal.AsBytes(values));
        _stats.Add(values);
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
        return MemoryMarshal.AsBytes(_dictionary.Values);
    }

    protected override StatisticsMeta BuildStatistics()
    {
        if (_dictionary is { Count: > 0 })
        {
            _stats.AddBounds(_dictionary.Values);
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

    protected override void ResetDictionaryAndStatistics(bool release)
    {
        _dictionary?.Clear();
        if (release)
        {
            (_dictionary as IDisposable)?.Dispose();
            _dictionary = null;
        }

        _stats.Reset();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameBits(T a, T b) => Unsafe.SizeOf<T>() == 4
        ? Unsafe.As<T, uint>(ref a) == Unsafe.As<T, uint>(ref b)
        : Unsafe.As<T, ulong>(ref a) == Unsafe.As<T, ulong>(ref b);

    private static byte[] ToBytes(T value) => MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in value)).ToArray();
}
