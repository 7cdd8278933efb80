using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Sim.Parquet.Compression;
using Sim.Parquet.Tests.Support;

namespace Sim.Parquet.Tests.Encodings;

/// <summary>Our Snappy block codec against an independent implementation (Snappier, a port of Google's C++ Snappy), in both directions.</summary>
public sealed class SnappyTests
{
    public static TheoryData<string> Shapes() => ["empty", "tiny", "zeros", "text", "random", "longs", "long-runs", "200k-mixed"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Our_output_decodes_with_Snappier_and_theirs_with_ours(string shape)
    {
        var data = Data(shape);
        var compressed = Compress(data);
        Assert.Equal(data, Snappier.Snappy.DecompressToArray(compressed));
        Assert.Equal(data, Decompress(Snappier.Snappy.CompressToArray(data), data.Length));
        Assert.Equal(data, Decompress(compressed, data.Length));
        Assert.InRange(compressed.Length, 1, SnappyCompressor.MaxCompressedLength(data.Length));
        if (shape is "zeros" or "longs" or "long-runs")
        {
            Assert.True(compressed.Length < data.Length * 0.6, $"{shape}: {compressed.Length} of {data.Length} bytes");
        }
    }

    [Fact]
    public void Random_inputs_round_trip_through_both_implementations() =>
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(300).WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(11UL), FSharpOption<int>.None))),
            Prop.ForAll<byte[], int>((raw, repeat) =>
            {
                // Repeat the random bytes a few times so there are matches to find.
                var data = Enumerable.Repeat(raw, 1 + (Math.Abs(repeat) % 4)).SelectMany(b => b).ToArray();
                var compressed = Compress(data);
                return Snappier.Snappy.DecompressToArray(compressed).AsSpan().SequenceEqual(data)
                    && Decompress(compressed, data.Length).AsSpan().SequenceEqual(data);
            }));

    [Fact]
    public void Corrupt_streams_raise_format_exceptions()
    {
        var data = Data("text");
        var compressed = Compress(data);
        Assert.Throws<ParquetFormatException>(() => Decompress(compressed, data.Length + 1));      // preamble disagrees
        Assert.Throws<ParquetFormatException>(() => Decompress(compressed[..^5], data.Length));   // truncated
        Assert.Throws<ParquetFormatException>(() => Decompress([0x04, 0x01, 0x05, 0x00], 4));     // copy before any output
        Assert.Throws<ParquetFormatException>(() => Decompress([0x04, 0xF0, 0xFF, 0xFF, 0xFF, 0xFF], 4)); // literal longer than input
        Assert.Throws<ParquetFormatException>(() => Decompress([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F], 4)); // preamble overflow
    }

    private static byte[] Compress(byte[] data)
    {
        var output = new byte[SnappyCompressor.MaxCompressedLength(data.Length)];
        var n = SnappyCompressor.Compress(data, output, new ushort[SnappyCompressor.HashTableSize]);
        return output[..n];
    }

    private static byte[] Decompress(byte[] compressed, int length)
    {
        var output = new byte[length];
        SnappyDecompressor.Decompress(compressed, output, "test");
        return output;
    }

    private static byte[] Data(string shape)
    {
        var random = new SplitMix64(3);
        byte[] Random(int n) => [.. Enumerable.Range(0, n).Select(_ => (byte)random.NextUInt64())];
        return shape switch
        {
            "empty" => [],
            "tiny" => [1, 2, 3],
            "zeros" => new byte[100_000],
            "text" => System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 3000).Select(i => $"row {i % 97} region-{i % 13};"))),
            "random" => Random(70_000),
            "longs" => [.. Enumerable.Range(0, 30_000).SelectMany(i => BitConverter.GetBytes(1_000_000L + i))],
            "long-runs" => [.. Enumerable.Range(0, 50).SelectMany(i => Enumerable.Repeat((byte)i, 1000 + (i * 37)))],
            _ => [.. Random(50_000), .. new byte[60_000], .. Random(30_000), .. Data("text"), .. Random(20_000)],
        };
    }
}
