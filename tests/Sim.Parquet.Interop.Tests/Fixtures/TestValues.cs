namespace Sim.Parquet.Interop.Tests.Fixtures;

/// <summary>
/// Non-null test values per Parquet type: the type's edge values first, then seeded random ones over the whole
/// domain. Strings mix ASCII, empty, accented, CJK, characters above U+FFFF and U+E000..U+FFFF (their UTF-8
/// byte order differs from UTF-16 order, which catches statistics compared the wrong way).
/// </summary>
internal static class TestValues
{
    private static readonly string[] Words =
    [
        "", "a", "A", "zebra", "Zürich", "naïve", "中文字符", "😀 smile", "\uFF21 fullwidth", "\uE000 private", "tab\tand\nnewline",
        "quote'\"", "back\\slash", "~~~", "0", "99",
    ];

    private static readonly int MinDay = DateOnly.MinValue.DayNumber;
    private static readonly int MaxDay = DateOnly.MaxValue.DayNumber;
    private static readonly long MillisFrom = new DateTime(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks / TimeSpan.TicksPerMillisecond;
    private static readonly long MillisTo = new DateTime(2200, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks / TimeSpan.TicksPerMillisecond;

    /// <summary>The i-th value of a column of this type (edge values for small i, random after).</summary>
    public static object Next(ParquetType type, Random rng, int i) => type switch
    {
        ParquetType.Boolean => i < 2 ? i == 1 : rng.Next(2) == 1,
        ParquetType.Int8 => Edge(i, sbyte.MinValue, sbyte.MaxValue, (sbyte)0) ?? (sbyte)rng.Next(sbyte.MinValue, sbyte.MaxValue + 1),
        ParquetType.Int16 => Edge(i, short.MinValue, short.MaxValue, (short)0) ?? (short)rng.Next(short.MinValue, short.MaxValue + 1),
        ParquetType.Int32 => Edge(i, int.MinValue, int.MaxValue, 0) ?? (int)rng.NextInt64(int.MinValue, int.MaxValue + 1L),
        ParquetType.Int64 => Edge(i, long.MinValue, long.MaxValue, 0L) ?? rng.NextInt64(long.MinValue, long.MaxValue),
        ParquetType.UInt8 => Edge(i, byte.MinValue, byte.MaxValue, (byte)128) ?? (byte)rng.Next(256),
        ParquetType.UInt16 => Edge(i, ushort.MinValue, ushort.MaxValue, (ushort)32768) ?? (ushort)rng.Next(65536),
        ParquetType.UInt32 => Edge(i, uint.MinValue, uint.MaxValue, 1u << 31) ?? (uint)rng.NextInt64(0, 1L << 32),
        ParquetType.UInt64 => Edge(i, ulong.MinValue, ulong.MaxValue, 1UL << 63) ?? (ulong)rng.NextInt64(long.MinValue, long.MaxValue),
        ParquetType.Float => Edge(i, float.MinValue, float.MaxValue, 0f) ?? (float)((rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-6, 8))),
        ParquetType.Double => Edge(i, double.MinValue, double.MaxValue, -1.5e-300) ?? (rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-20, 20)),
        ParquetType.String => i < Words.Length ? Words[i] : RandomString(rng),
        ParquetType.Binary => i == 0 ? Array.Empty<byte>() : RandomBytes(rng),
        ParquetType.Date => Edge(i, DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(1970, 1, 1))
            ?? DateOnly.FromDayNumber(rng.Next(MinDay, MaxDay + 1)),
        ParquetType.TimestampMillis => Edge(i, FromMillis(MillisFrom), FromMillis(MillisTo), DateTime.UnixEpoch)
            ?? FromMillis(rng.NextInt64(MillisFrom, MillisTo)),
        ParquetType.TimestampMicros => Edge(i, FromMillis(MillisFrom), FromMillis(MillisTo), DateTime.UnixEpoch.AddTicks(-10))
            ?? new DateTime(rng.NextInt64(MillisFrom, MillisTo) * TimeSpan.TicksPerMillisecond + (rng.Next(1000) * 10), DateTimeKind.Utc),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not writable"),
    };

    /// <summary>The types our writer accepts (TimestampNanos is read-only).</summary>
    public static IReadOnlyList<ParquetType> WritableTypes { get; } =
        [.. Enum.GetValues<ParquetType>().Where(t => t != ParquetType.TimestampNanos)];

    private static object? Edge<T>(int i, T min, T max, T middle) => i switch
    {
        0 => min,
        1 => max,
        2 => middle,
        _ => null,
    };

    private static DateTime FromMillis(long millis) => new(millis * TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);

    private static string RandomString(Random rng)
    {
        var word = Words[rng.Next(Words.Length)];
        return rng.Next(4) switch
        {
            0 => word,
            1 => word + rng.Next(1000),
            2 => new string((char)('a' + rng.Next(26)), rng.Next(1, 300)),
            _ => string.Concat(Enumerable.Range(0, rng.Next(1, 6)).Select(_ => Words[rng.Next(Words.Length)])),
        };
    }

    private static byte[] RandomBytes(Random rng)
    {
        var bytes = new byte[rng.Next(0, 40)];
        rng.NextBytes(bytes);
        return bytes;
    }
}
