using System.Runtime.CompilerServices;

namespace Sim.Model.Random;

/// <summary>
/// Derives the 64-bit key of a counter-based random stream from (seed, region, month, process, substream)
/// with the SplitMix64 finaliser, so any stream can be recreated from its coordinates alone.
/// </summary>
public static class StreamKey
{
    /// <summary>The golden-ratio increment of SplitMix64.</summary>
    public const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>The key of the stream with the given coordinates.</summary>
    public static ulong For(ulong seed, int region, int month, RandomProcess process, int substream = 0)
    {
        var key = Mix64(seed ^ 0x5A17_C0DE_2030_0001UL);
        key = Mix64(key + ((ulong)(uint)region * Golden) + 0x1000_0000_0001UL);
        key = Mix64(key + ((ulong)(uint)month * Golden) + 0x2000_0000_0003UL);
        key = Mix64(key + ((ulong)(uint)process * Golden) + 0x3000_0000_0005UL);
        return Mix64(key + ((ulong)(uint)substream * Golden) + 0x4000_0000_0007UL);
    }

    /// <summary>The SplitMix64 output function (Stafford variant 13): a bijective 64-bit mixer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix64(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
