namespace Sim.Parquet.Writing;

/// <summary>Byte arrays: compared and hashed by content, written as they are.</summary>
internal readonly struct BinaryKey : IByteArrayKey<byte[]>
{
    public static int Hash(byte[] key)
    {
        var hash = default(HashCode);
        hash.AddBytes(key);
        return hash.ToHashCode();
    }

    public static bool Same(byte[] a, byte[] b) => ReferenceEquals(a, b) || a.AsSpan().SequenceEqual(b);

    public static int MaxByteCount(byte[] key) => key.Length;

    public static int Encode(byte[] key, Span<byte> destination)
    {
        key.CopyTo(destination);
        return key.Length;
    }
}
