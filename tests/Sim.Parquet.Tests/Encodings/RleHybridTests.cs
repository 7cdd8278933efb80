using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Sim.Parquet.Compression;
using Sim.Parquet.Encodings;

namespace Sim.Parquet.Tests.Encodings;

/// <summary>The RLE/bit-packing hybrid against the specification's examples, round trips and hostile runs.</summary>
public sealed class RleHybridTests
{
    [Fact]
    public void Spec_example_zero_to_seven_at_width_three_bit_packs_to_88_c6_fa()
    {
        // One bit-packed group: header (1 << 1) | 1, then the spec's three bytes.
        Assert.Equal(new byte[] { 0x03, 0x88, 0xC6, 0xFA }, Encode([0, 1, 2, 3, 4, 5, 6, 7], 3));
    }

    [Fact]
    public void Long_runs_become_rle_runs()
    {
        // 100 fives at width 3: header varint(100 << 1) = C8 01, value in one byte.
        Assert.Equal(new byte[] { 0xC8, 0x01, 0x05 }, Encode(Enumerable.Repeat(5, 100).ToArray(), 3));

        // width 9 values take two bytes, little endian.
        Assert.Equal(new byte[] { 0x10, 0x2C, 0x01 }, Encode(Enumerable.Repeat(300, 8).ToArray(), 9));
    }

    [Fact]
    public void Literals_before_a_run_are_padded_into_whole_groups_by_borrowing_from_the_run()
    {
        // 1,2,3 then twenty 0s at width 2: the literal block takes five zeros to make a group of 8,
        // then an RLE run of 15 zeros.
        var bytes = Encode([1, 2, 3, .. Enumerable.Repeat(0, 20)], 2);
        Assert.Equal(new byte[] { 0x03, 0b11_10_01, 0x00, 0x1E, 0x00 }, bytes);
        Assert.Equal([1, 2, 3, .. Enumerable.Repeat(0, 20)], Decode(bytes, 2, 23));
    }

    [Fact]
    public void Width_zero_decodes_zeros()
    {
        Assert.Equal(new int[5], Decode([0x0A], 0, 5));
    }

    [Fact]
    public void Random_values_round_trip_at_every_width() =>
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(500).WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(7UL), FSharpOption<int>.None))),
            Prop.ForAll<int[], int, int>((raw, widthSeed, runSeed) =>
            {
                var width = 1 + (Math.Abs(widthSeed % 32));
                var mask = width == 32 ? -1 : (1 << width) - 1;
                // Stretch some values into runs so both run kinds appear.
                var values = raw.SelectMany((v, i) => Enumerable.Repeat(v & mask, (runSeed + i) % 5 == 0 ? 1 + Math.Abs(v % 40) : 1)).ToArray();
                var bytes = Encode(values, width);
                return Decode(bytes, width, values.Length).AsSpan().SequenceEqual(values);
            }));

    [Fact]
    public void Truncated_runs_raise_format_exceptions()
    {
        var bytes = Encode(Enumerable.Range(0, 64).ToArray(), 7);
        Assert.Throws<ParquetFormatException>(() => Decode(bytes[..^3], 7, 64));
        Assert.Throws<ParquetFormatException>(() => Decode([0x02], 8, 1));     // RLE run without its value
        Assert.Throws<ParquetFormatException>(() => Decode([0x02, 0x05], 2, 1)); // value wider than the bit width
        Assert.Throws<ParquetFormatException>(() => Decode([], 1, 1));
    }

    [Fact]
    public void Declared_runs_longer_than_needed_are_cut_at_the_value_count()
    {
        // An RLE run of 1000 ones where 3 are needed, and a bit-packed header promising 100 groups with one group present.
        Assert.Equal([1, 1, 1], Decode([0xD0, 0x0F, 0x01], 1, 3));
        Assert.Equal([1, 0, 1], Decode([0xC9, 0x01, 0b101], 1, 3));
    }

    [Fact]
    public void Legacy_bit_packed_levels_are_most_significant_bit_first()
    {
        var levels = new byte[10];
        RleHybridDecoder.DecodeLegacyBitPacked([0b1011_0000, 0b0100_0000], 1, levels, "test");
        Assert.Equal(new byte[] { 1, 0, 1, 1, 0, 0, 0, 0, 0, 1 }, levels);
    }

    [Fact]
    public void Crc32_matches_the_standard_check_value()
    {
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));
        Assert.Equal(0u, Crc32.Compute([]));
    }

    private static byte[] Encode(int[] values, int width)
    {
        using var buffer = new ByteBuffer();
        RleHybridEncoder.Encode<int>(values, width, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    private static int[] Decode(byte[] bytes, int width, int count)
    {
        var values = new int[count];
        RleHybridDecoder.Decode<int>(bytes, width, values, "test");
        return values;
    }
}
