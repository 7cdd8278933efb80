using System.Text;

namespace Sim.Parquet.Tests.Support;

/// <summary>Deterministic test values of every column type, with null patterns and optional low cardinality.</summary>
internal static class TestData
{
    private static readonly string[] Alphabet = ["a", "b", "z", "A", "0", " ", "é", "ß", "中", "文", "\U0001F600", "Ω", "\u00ff", "\uFF61"];

    public static readonly ParquetType[] WritableTypes =
    [
        ParquetType.Boolean, ParquetType.Int8, ParquetType.Int16, ParquetType.Int32, ParquetType.Int64,
        ParquetType.UInt8, ParquetType.UInt16, ParquetType.UInt32, ParquetType.UInt64, ParquetType.Float,
        ParquetType.Double, ParquetType.String, ParquetType.Binary, ParquetType.Date,
        ParquetType.TimestampMillis, ParquetType.TimestampMicros,
    ];

    /// <param name="cardinality">0 for unbounded values, otherwise the number of distinct values drawn from.</param>
    public static TestColumn Column(ParquetField field, int rows, ulong seed, NullPattern nulls = NullPattern.None, int cardinality = 0)
    {
        var random = new SplitMix64(seed);
        var present = new bool[rows];
        for (var i = 0; i < rows; i++)
        {
            present[i] = !field.Nullable || nulls switch
            {
                NullPattern.All => false,
                NullPattern.Alternating => i % 2 == 0,
                NullPattern.Random => !random.Chance(0.3),
                _ => true,
            };
        }

        return field.Type switch
        {
            ParquetType.Boolean => Make(field, present, rows, cardinality, ref random, r => (r.NextUInt64() & 1) == 1),
            ParquetType.Int8 => Make(field, present, rows, cardinality, ref random, r => (sbyte)r.NextUInt64()),
            ParquetType.Int16 => Make(field, present, rows, cardinality, ref random, r => (short)r.NextUInt64()),
            ParquetType.Int32 => Make(field, present, rows, cardinality, ref random, r => (int)r.NextUInt64()),
            ParquetType.Int64 => Make(field, present, rows, cardinality, ref random, r => (long)r.NextUInt64()),
            ParquetType.UInt8 => Make(field, present, rows, cardinality, ref random, r => (byte)r.NextUInt64()),
            ParquetType.UInt16 => Make(field, present, rows, cardinality, ref random, r => (ushort)r.NextUInt64()),
            ParquetType.UInt32 => Make(field, present, rows, cardinality, ref random, r => (uint)r.NextUInt64()),
            ParquetType.UInt64 => Make(field, present, rows, cardinality, ref random, r => r.NextUInt64()),
            ParquetType.Float => Make(field, present, rows, cardinality, ref random, r => r.Next(20) switch
            {
                0 => float.NaN,
                1 => -0.0f,
                2 => float.NegativeInfinity,
                _ => (float)((r.NextDouble() - 0.5) * 1e6),
            }),
            ParquetType.Double => Make(field, present, rows, cardinality, ref random, r => r.Next(20) switch
            {
                0 => double.NaN,
                1 => -0.0,
                2 => double.Epsilon,
                _ => (r.NextDouble() - 0.5) * 1e12,
            }),
            ParquetType.Date => Make(field, present, rows, cardinality, ref random, r => DateOnly.FromDayNumber(r.Next(DateOnly.MaxValue.DayNumber + 1))),
            ParquetType.TimestampMillis => Make(field, present, rows, cardinality, ref random, r => Timestamp(ref r, TimeSpan.TicksPerMillisecond)),
            ParquetType.TimestampMicros => Make(field, present, rows, cardinality, ref random, r => Timestamp(ref r, TimeSpan.TicksPerMicrosecond)),
            ParquetType.String => MakeReferences(field, present, rows, cardinality, ref random, RandomString),
            ParquetType.Binary => MakeReferences(field, present, rows, cardinality, ref random, r =>
            {
                var bytes = new byte[r.Next(17)];
                for (var i = 0; i < bytes.Length; i++)
                {
                    bytes[i] = (byte)r.NextUInt64();
                }

                return bytes;
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
    }

    public static string RandomString(SplitMix64 random)
    {
        var builder = new StringBuilder();
        var length = random.Next(12);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return builder.ToString();
    }

    private static DateTime Timestamp(ref SplitMix64 random, long unit)
    {
        var ticks = (long)(random.NextUInt64() % (ulong)DateTime.MaxValue.Ticks);
        return new DateTime(ticks - (ticks % unit), DateTimeKind.Utc);
    }

    private static TestColumn Make<T>(ParquetField field, bool[] present, int rows, int cardinality, ref SplitMix64 random, Func<SplitMix64, T> next)
        where T : unmanaged
    {
        var pool = Pool(cardinality, ref random, next);
        var input = new T[rows];
        var expected = new T[rows];
        for (var i = 0; i < rows; i++)
        {
            // Null rows get arbitrary values: the writer must ignore them.
            input[i] = pool is null ? next(Advance(ref random)) : pool[random.Next(pool.Length)];
            expected[i] = present[i] ? input[i] : default;
        }

        return new TestColumn(field, input, expected, field.Nullable ? present : null);
    }

    private static TestColumn MakeReferences<T>(ParquetField field, bool[] present, int rows, int cardinality, ref SplitMix64 random, Func<SplitMix64, T> next)
        where T : class
    {
        var pool = Pool(cardinality, ref random, next);
        var values = new T?[rows];
        for (var i = 0; i < rows; i++)
        {
            values[i] = present[i] ? (pool is null ? next(Advance(ref random)) : pool[random.Next(pool.Length)]) : null;
        }

        return new TestColumn(field, values, values, null);
    }

    private static T[]? Pool<T>(int cardinality, ref SplitMix64 random, Func<SplitMix64, T> next)
    {
        if (cardinality <= 0)
        {
            return null;
        }

        var pool = new T[cardinality];
        for (var i = 0; i < pool.Length; i++)
        {
            pool[i] = next(Advance(ref random));
        }

        return pool;
    }

    /// <summary>Hands a generator its own stream and moves the shared one on.</summary>
    private static SplitMix64 Advance(ref SplitMix64 random) => new(random.NextUInt64());
}
