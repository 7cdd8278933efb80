namespace Sim.Runtime;

/// <summary>
/// Hashes that are identical across processes and runs (unlike <see cref="string.GetHashCode()"/>),
/// so that every silo and client computes the same placement ring positions.
/// </summary>
internal static class StableHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public static ulong OfString(string value)
    {
        var h = FnvOffset;
        foreach (var c in value)
        {
            h = (h ^ (byte)c) * FnvPrime;
            h = (h ^ (byte)(c >> 8)) * FnvPrime;
        }

        return Mix(h);
    }

    public static ulong OfBytes(ReadOnlySpan<byte> bytes)
    {
        var h = FnvOffset;
        foreach (var b in bytes)
        {
            h = (h ^ b) * FnvPrime;
        }

        return Mix(h);
    }

    public static ulong OfInt64(long value) => Mix(unchecked((ulong)value) ^ 0x9E3779B97F4A7C15UL);

    public static ulong Combine(ulong a, ulong b) => Mix(a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2)));

    // A 64-bit finaliser (as in MurmurHash3) spreads FNV's weak low bits over the whole word.
    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }
}
