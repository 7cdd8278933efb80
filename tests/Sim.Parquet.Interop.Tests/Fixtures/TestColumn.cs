namespace Sim.Parquet.Interop.Tests.Fixtures;

/// <summary>A column of known values (boxed, null = null) and how to hand a slice of it to our writer.</summary>
internal abstract class TestColumn(ParquetField field, object?[] expected)
{
    public ParquetField Field { get; } = field;

    public object?[] Expected { get; } = expected;

    public string Name => Field.Name;

    public abstract void Write(ParquetFileWriter writer, int start, int count);

    /// <summary>
    /// A column of <paramref name="rows"/> values of <paramref name="type"/> with the given null pattern.
    /// With <paramref name="cardinality"/> &gt; 0 the values come from that many distinct ones (dictionary-friendly).
    /// </summary>
    public static TestColumn Create(string name, ParquetType type, NullPattern nulls, int rows, int seed, int cardinality = 0)
    {
        var rng = new Random(seed);
        var pool = cardinality > 0 ? Enumerable.Range(0, cardinality).Select(i => TestValues.Next(type, rng, i)).ToArray() : null;
        var expected = new object?[rows];
        for (var i = 0; i < rows; i++)
        {
            var isNull = nulls switch
            {
                NullPattern.AllNull => true,
                NullPattern.Alternating => i % 2 == 0,
                NullPattern.Random => rng.NextDouble() < 0.3,
                _ => false,
            };
            expected[i] = isNull ? null : pool is null ? TestValues.Next(type, rng, i) : pool[rng.Next(pool.Length)];
        }

        return FromValues(name, type, nulls != NullPattern.Required, expected, usePresence: nulls is not (NullPattern.Required or NullPattern.NoNulls));
    }

    /// <summary>A column of exactly these values (boxed as the CLR type of <paramref name="type"/>; null = null).</summary>
    public static TestColumn FromValues(string name, ParquetType type, bool nullable, object?[] expected, bool usePresence = true)
    {
        var field = new ParquetField(name, type, nullable);
        usePresence &= nullable;
        return type switch
        {
            ParquetType.Boolean => new TestColumn<bool>(field, expected, usePresence),
            ParquetType.Int8 => new TestColumn<sbyte>(field, expected, usePresence),
            ParquetType.Int16 => new TestColumn<short>(field, expected, usePresence),
            ParquetType.Int32 => new TestColumn<int>(field, expected, usePresence),
            ParquetType.Int64 => new TestColumn<long>(field, expected, usePresence),
            ParquetType.UInt8 => new TestColumn<byte>(field, expected, usePresence),
            ParquetType.UInt16 => new TestColumn<ushort>(field, expected, usePresence),
            ParquetType.UInt32 => new TestColumn<uint>(field, expected, usePresence),
            ParquetType.UInt64 => new TestColumn<ulong>(field, expected, usePresence),
            ParquetType.Float => new TestColumn<float>(field, expected, usePresence),
            ParquetType.Double => new TestColumn<double>(field, expected, usePresence),
            ParquetType.Date => new TestColumn<DateOnly>(field, expected, usePresence),
            ParquetType.TimestampMillis or ParquetType.TimestampMicros => new TestColumn<DateTime>(field, expected, usePresence),
            ParquetType.String => new StringTestColumn(field, expected),
            ParquetType.Binary => new BinaryTestColumn(field, expected),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not writable"),
        };
    }
}
