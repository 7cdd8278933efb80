namespace Sim.Parquet.Bench.Macro;

/// <summary>
/// Stateless pseudo-random numbers from (row, salt) with SplitMix64's finaliser, so any row of the
/// benchmark table can be regenerated on its own: by the writer child, and again for the checksums.
/// </summary>
internal static class Mix
{
    public static ulong Hash(long row, ulong salt)
    {
        var z = ((ulong)row * 0x9E3779B97F4A7C15UL) + (salt * 0xD1B54A32D192ED03UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in [0, range) for (row, salt).</summary>
    public static int Below(long row, ulong salt, int range) => (int)(Hash(row, salt) % (ulong)range);
}
