using System.Runtime.CompilerServices;

namespace Sim.Model.Random;

/// <summary>
/// A counter-based random stream: draw n is <c>Mix64(Mix64(key + n·φ) ^ key)</c>, a pure function of the
/// key and the counter. Nothing is shared between streams, so regions can advance on any thread in any
/// order and still draw exactly the same numbers. A mutable struct: pass it by <c>ref</c>.
/// </summary>
public struct RandomStream
{
    private const double DoubleUnit = 1.0 / (1UL << 53);
    private readonly ulong _key;
    private ulong _counter;

    /// <summary>Creates the stream with the given key, positioned at its first draw.</summary>
    public RandomStream(ulong key)
    {
        _key = key;
        _counter = 0;
    }

    /// <summary>Creates the stream keyed by (seed, region, month, process, substream).</summary>
    public static RandomStream Create(ulong seed, int region, int month, RandomProcess process, int substream = 0) =>
        new(StreamKey.For(seed, region, month, process, substream));

    /// <summary>How many 64-bit draws this stream has produced.</summary>
    public readonly ulong Position => _counter;

    /// <summary>The next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        var n = ++_counter;
        return StreamKey.Mix64(StreamKey.Mix64(_key + (n * StreamKey.Golden)) ^ _key);
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * DoubleUnit;

    /// <summary>A uniform double in (0, 1]: safe to take the logarithm of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDoubleOpenZero() => ((NextUInt64() >> 11) + 1) * DoubleUnit;

    /// <summary>A uniform integer in [0, n) by Lemire's multiply-high (bias below 2^-40 for n &lt; 2^24).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextInt(int n) => (int)Math.BigMul(NextUInt64(), (ulong)(uint)n, out _);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Bernoulli(double p) => NextDouble() < p;
}
