namespace Sim.Parquet.Reading;

/// <summary>Decodes one physical type's PLAIN values (data pages and dictionary pages) from untrusted bytes.</summary>
internal abstract class PhysicalDecoder<TValue>
{
    /// <summary>Fewest bits a PLAIN value can take; bounds value counts by the bytes present before allocating.</summary>
    public abstract long MinPlainBits { get; }

    /// <summary>Fills <paramref name="dest"/> from <paramref name="data"/>; throws when the data is too short.</summary>
    public abstract void DecodePlain(ReadOnlySpan<byte> data, Span<TValue> dest, string what);

    /// <summary>RLE-encoded values (a 4-byte length, then the hybrid at width 1); only booleans have them.</summary>
    public virtual void DecodeRle(ReadOnlySpan<byte> data, Span<TValue> dest, string what) =>
        throw new ParquetFormatException($"encoding RLE is not supported for this column type ({what})");

    protected static ParquetFormatException Short(string what, int needed, int available) =>
        new($"corrupt {what}: values need {needed} bytes but the page has {available}");
}
