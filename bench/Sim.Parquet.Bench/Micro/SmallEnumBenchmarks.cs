using BenchmarkDotNet.Attributes;

namespace Sim.Parquet.Bench.Micro;

/// <summary>
/// Splits the cost of a small-enum column (2 distinct values, like a sex flag) into its parts by switching
/// them off one at a time: the storage type (UInt8 is widened to INT32, Int32 is not), the dictionary, the codec.
/// Run: <c>dotnet run -c Release --project bench/Sim.Parquet.Bench -- --filter '*SmallEnum*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class SmallEnumBenchmarks
{
    private const int Rows = 1 << 21;
    private const int BatchRows = 1 << 16;

    private byte[] bytes = [];
    private int[] ints = [];

    [Params(ParquetType.UInt8, ParquetType.Int32)]
    public ParquetType Type { get; set; }

    [Params(true, false)]
    public bool UseDictionary { get; set; }

    [Params(ParquetCompression.None, ParquetCompression.Snappy)]
    public ParquetCompression Codec { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(7);
        bytes = [.. Enumerable.Range(0, Rows).Select(_ => (byte)rng.Next(2))];
        ints = [.. bytes.Select(b => (int)b)];
    }

    [Benchmark]
    public long Write()
    {
        var stream = new CountingStream();
        var options = new ParquetWriterOptions { Compression = Codec, UseDictionary = UseDictionary };
        using (var writer = new ParquetFileWriter(stream, new ParquetSchema(new ParquetField("c", Type)), options))
        {
            for (var start = 0; start < Rows; start += BatchRows)
            {
                if (Type == ParquetType.UInt8)
                {
                    writer.WriteColumn<byte>(bytes.AsSpan(start, BatchRows));
                }
                else
                {
                    writer.WriteColumn<int>(ints.AsSpan(start, BatchRows));
                }
            }

            writer.Complete();
        }

        return stream.Length;
    }
}
