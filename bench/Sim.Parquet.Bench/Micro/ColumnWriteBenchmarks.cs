using BenchmarkDotNet.Attributes;

namespace Sim.Parquet.Bench.Micro;

/// <summary>
/// Writes one column of 1,048,576 rows (one row group) per operation to a counting null stream, per column kind
/// and codec, so a slow kind shows up on its own. Run:
/// <c>dotnet run -c Release --project bench/Sim.Parquet.Bench -- --filter '*ColumnWrite*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class ColumnWriteBenchmarks
{
    private const int Rows = 1 << 20;
    private const int BatchRows = 1 << 16;

    private ParquetSchema schema = null!;
    private Action<ParquetFileWriter, int, int> write = null!;

    [Params(
        ColumnKind.Int64Sequential, ColumnKind.Int64Random, ColumnKind.Int8Enum, ColumnKind.DateRandom, ColumnKind.DoubleRandom,
        ColumnKind.Boolean, ColumnKind.StringDictionary, ColumnKind.StringUnique, ColumnKind.NullableInt64, ColumnKind.TimestampMicros)]
    public ColumnKind Kind { get; set; }

    [Params(ParquetCompression.None, ParquetCompression.Snappy)]
    public ParquetCompression Codec { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        (schema, write) = Kind switch
        {
            ColumnKind.Int64Sequential => Fixed(ParquetType.Int64, Enumerable.Range(0, Rows).Select(i => (long)i).ToArray()),
            ColumnKind.Int64Random => Fixed(ParquetType.Int64, Enumerable.Range(0, Rows).Select(_ => rng.NextInt64()).ToArray()),
            ColumnKind.Int8Enum => Fixed(ParquetType.Int8, Enumerable.Range(0, Rows).Select(_ => (sbyte)rng.Next(6)).ToArray()),
            ColumnKind.DateRandom => Fixed(ParquetType.Date, Enumerable.Range(0, Rows).Select(_ => DateOnly.FromDayNumber(700_000 + rng.Next(30_000))).ToArray()),
            ColumnKind.DoubleRandom => Fixed(ParquetType.Double, Enumerable.Range(0, Rows).Select(_ => rng.NextDouble() * 1e5).ToArray()),
            ColumnKind.Boolean => Fixed(ParquetType.Boolean, Enumerable.Range(0, Rows).Select(_ => rng.Next(3) != 0).ToArray()),
            ColumnKind.TimestampMicros => Fixed(
                ParquetType.TimestampMicros,
                Enumerable.Range(0, Rows).Select(_ => new DateTime(637_000_000_000_000_000 + (rng.NextInt64(1L << 50) * 10), DateTimeKind.Utc)).ToArray()),
            ColumnKind.NullableInt64 => Nullable(Enumerable.Range(0, Rows).Select(_ => rng.NextInt64(1_000_000)).ToArray(), [.. Enumerable.Range(0, Rows).Select(_ => rng.Next(10) >= 3)]),
            ColumnKind.StringDictionary => Strings([.. Enumerable.Range(0, Rows).Select(_ => Pool[rng.Next(Pool.Length)])]),
            ColumnKind.StringUnique => Strings([.. Enumerable.Range(0, Rows).Select(i => $"person-{i:D8}-{rng.Next():X8}")]),
            _ => throw new ArgumentOutOfRangeException(nameof(Kind)),
        };
    }

    [Benchmark]
    public long WriteOneRowGroup()
    {
        var stream = new CountingStream();
        var options = new ParquetWriterOptions { Compression = Codec };
        using (var writer = new ParquetFileWriter(stream, schema, options))
        {
            for (var start = 0; start < Rows; start += BatchRows)
            {
                write(writer, start, BatchRows);
            }

            writer.Complete();
        }

        return stream.Length;
    }

    private static readonly string[] Pool = [.. Enumerable.Range(0, 2_000).Select(i => $"name-{i * 7919 % 10_007}")];

    private static (ParquetSchema, Action<ParquetFileWriter, int, int>) Fixed<T>(ParquetType type, T[] values)
        where T : unmanaged =>
        (new ParquetSchema(new ParquetField("c", type)), (w, start, count) => w.WriteColumn<T>(values.AsSpan(start, count)));

    private static (ParquetSchema, Action<ParquetFileWriter, int, int>) Nullable(long[] values, bool[] present) =>
        (new ParquetSchema(new ParquetField("c", ParquetType.Int64, Nullable: true)),
            (w, start, count) => w.WriteColumn<long>(values.AsSpan(start, count), present.AsSpan(start, count)));

    private static (ParquetSchema, Action<ParquetFileWriter, int, int>) Strings(string?[] values) =>
        (new ParquetSchema(new ParquetField("c", ParquetType.String)), (w, start, count) => w.WriteColumn(values.AsSpan(start, count)));
}
