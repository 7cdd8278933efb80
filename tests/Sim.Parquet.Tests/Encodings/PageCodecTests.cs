using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Sim.Parquet.Compression;
using Sim.Parquet.Format;
using Sim.Parquet.Tests.Support;

namespace Sim.Parquet.Tests.Encodings;

/// <summary>
/// The page codecs (Snappy through Snappier, GZIP, ZSTD through ZstdSharp) as the writer and the reader use them:
/// every shape round-trips, compressible shapes shrink, and corrupt input raises <see cref="ParquetFormatException"/>
/// and nothing else. Files of every codec are read by DuckDB and ParquetSharp in the interop tests.
/// </summary>
public sealed class PageCodecTests
{
    public static TheoryData<ParquetCompression, string> Cases()
    {
        var data = new TheoryData<ParquetCompression, string>();
        foreach (var codec in new[] { ParquetCompression.Snappy, ParquetCompression.Gzip, ParquetCompression.Zstd })
        {
            foreach (var shape in new[] { "empty", "tiny", "zeros", "text", "random", "longs", "long-runs", "200k-mixed" })
            {
                data.Add(codec, shape);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pages_round_trip_and_compressible_ones_shrink(ParquetCompression codec, string shape)
    {
        var data = Data(shape);
        using var compressor = new PageCompressor(codec);
        var compressed = compressor.Compress(data).ToArray();
        Assert.Equal(data, Decompress(compressor.Codec, compressed, data.Length));
        if (shape is "zeros" or "longs" or "long-runs")
        {
            Assert.True(compressed.Length < data.Length * 0.6, $"{codec} {shape}: {compressed.Length} of {data.Length} bytes");
        }
    }

    [Theory]
    [InlineData(ParquetCompression.Snappy)]
    [InlineData(ParquetCompression.Zstd)]
    public void Random_inputs_round_trip(ParquetCompression codec) =>
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(200).WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(11UL), FSharpOption<int>.None))),
            Prop.ForAll<byte[], int>((raw, repeat) =>
            {
                // Repeat the random bytes a few times so there are matches to find.
                var data = Enumerable.Repeat(raw, 1 + (Math.Abs(repeat) % 4)).SelectMany(b => b).ToArray();
                using var compressor = new PageCompressor(codec);
                return Decompress(compressor.Codec, compressor.Compress(data).ToArray(), data.Length).AsSpan().SequenceEqual(data);
            }));

    [Theory]
    [InlineData(ParquetCompression.Snappy)]
    [InlineData(ParquetCompression.Gzip)]
    [InlineData(ParquetCompression.Zstd)]
    public void Corrupt_pages_raise_format_exceptions(ParquetCompression codec)
    {
        var data = Data("text");
        using var compressor = new PageCompressor(codec);
        var compressed = compressor.Compress(data).ToArray();
        var flipped = compressed.ToArray();
        for (var i = compressed.Length / 3; i < compressed.Length; i += 7)
        {
            flipped[i] ^= 0x5A;
        }

        Assert.Throws<ParquetFormatException>(() => Decompress(compressor.Codec, compressed, data.Length + 1)); // more than the data holds
        Assert.Throws<ParquetFormatException>(() => Decompress(compressor.Codec, compressed, data.Length - 1)); // less than the data holds
        Assert.Throws<ParquetFormatException>(() => Decompress(compressor.Codec, compressed[..(compressed.Length / 2)], data.Length)); // truncated
        Assert.Throws<ParquetFormatException>(() => Decompress(compressor.Codec, [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F], 4)); // garbage
        var error = Record.Exception(() => Decompress(compressor.Codec, flipped, data.Length));
        Assert.True(error is null or ParquetFormatException, $"flipped bytes: {error}");
    }

    [Fact]
    public void Declared_sizes_no_stream_could_hold_are_rejected_before_allocating()
    {
        Assert.Throws<ParquetFormatException>(() => PageDecompressor.CheckDeclaredSize(CompressionCodec.Snappy, 10, 10_000, int.MaxValue, "test"));
        Assert.Throws<ParquetFormatException>(() => PageDecompressor.CheckDeclaredSize(CompressionCodec.Zstd, 10, 100_000_000, int.MaxValue, "test"));
        PageDecompressor.CheckDeclaredSize(CompressionCodec.Zstd, 10, 300_000, int.MaxValue, "test");
    }

    private static byte[] Decompress(CompressionCodec codec, byte[] compressed, int length)
    {
        var output = new byte[length];
        PageDecompressor.Decompress(codec, compressed, output, "test");
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
