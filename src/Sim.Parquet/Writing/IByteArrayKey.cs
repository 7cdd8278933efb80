namespace Sim.Parquet.Writing;

/// <summary>How a BYTE_ARRAY column's CLR values hash, compare and turn into bytes.</summary>
internal interface IByteArrayKey<TKey>
    where TKey : class
{
    /// <summary>Hash of the content (may differ between processes; never affects output bytes).</summary>
    static abstract int Hash(TKey key);

    static abstract bool Same(TKey a, TKey b);

    static abstract int MaxByteCount(TKey key);

    /// <summary>Writes the value's bytes; returns how many.</summary>
    static abstract int Encode(TKey key, Span<byte> destination);
}
