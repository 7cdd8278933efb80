using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Sim.Parquet.Encodings;
using Sim.Parquet.Format;

namespace Sim.Parquet.Writing;

/// <summary>Writer for BOOLEAN columns: PLAIN, one bit per value, least significant bit first.</summary>
internal sealed class BooleanColumnWriter : ColumnWriter<bool>
{
    private readonly ByteBuffer _values = new();
    private readonly ByteBuffer _packed = new();
    private bool _hasTrue;
    private bool _hasFalse;

    public BooleanColumnWriter(ParquetField field, ParquetWriterOptions options, WriterResources shared)
        : base(field, options, shared)
    {
    }

    protected override long PendingPageBytes => (_values.Length + 7) >> 3;

    protected override long DictionaryBytes => 0;

    protected override long ScratchBytes => _values.Capacity + _packed.Capacity;

    protected override int ValueSizeHint => 1;

    public override void Dispose()
    {
        _values.Dispose();
        _packed.Dispose();
        base.Dispose();
    }

    protected override void AppendValues(ReadOnlySpan<bool> values)
    {
        var bytes = MemoryMarshal.AsBytes(values);
        _values.Write(bytes);
        _hasTrue |= bytes.IndexOfAnyExcept((byte)0) >= 0;
        _hasFalse |= bytes.Contains((byte)0);
    }

    protected override ReadOnlySpan<byte> EncodeValues(out PageEncoding encoding)
    {
        encoding = PageEncoding.Plain;
        var values = _values.WrittenSpan;
        _packed.Clear();
        var byteCount = (values.Length + 7) >> 3;
        var dst = _packed.GetSpan(byteCount)[..byteCount];
        dst.Clear();
        var i = 0;

        // Sixteen values at a time: the top bit of each "not zero" lane is that value's bit, lane order = bit order.
        ref var first = ref MemoryMarshal.GetReference(values);
        for (; i + 16 <= values.Length; i += 16)
        {
            var set = ~Vector128.Equals(Vector128.LoadUnsafe(ref first, (nuint)i), Vector128<byte>.Zero);
            BinaryPrimitives.WriteUInt16LittleEndian(dst[(i >> 3)..], (ushort)Vector128.ExtractMostSignificantBits(set));
        }

        for (; i < values.Length; i++)
        {
            dst[i >> 3] |= (byte)((values[i] != 0 ? 1 : 0) << (i & 7));
        }

        _packed.Advance(byteCount);
        _values.Clear();
        return _packed.WrittenSpan;
    }

    protected override ReadOnlySpan<byte> EncodeDictionary(out int entries) =>
        throw new InvalidOperationException("boolean columns have no dictionary");

    protected override StatisticsMeta BuildStatistics()
    {
        var statistics = new StatisticsMeta();
        if (_hasTrue || _hasFalse)
        {
            statistics.MinValue = [(byte)(_hasFalse ? 0 : 1)];
            statistics.MaxValue = [(byte)(_hasTrue ? 1 : 0)];
        }

        return statistics;
    }

    protected override void ResetChunk() => _hasTrue = _hasFalse = false;
}
