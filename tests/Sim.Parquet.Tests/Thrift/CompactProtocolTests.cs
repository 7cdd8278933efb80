using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Sim.Parquet.Encodings;
using Sim.Parquet.Thrift;

namespace Sim.Parquet.Tests.Thrift;

/// <summary>The Thrift compact protocol against hand-encoded bytes, round trips and hostile input.</summary>
public sealed class CompactProtocolTests
{
    [Fact]
    public void Field_headers_use_deltas_and_zigzag_varints()
    {
        var bytes = Write(w =>
        {
            w.FieldI32(1, 1);        // delta 1, i32: 0x15, zigzag(1) = 2
            w.FieldI64(3, -1);       // delta 2, i64: 0x26, zigzag(-1) = 1
            w.FieldBool(4, true);    // delta 1, true: 0x11
            w.FieldBool(5, false);   // delta 1, false: 0x12
            w.FieldString(6, "hé");  // delta 1, binary: 0x18, length 3
            w.FieldI32(40, 300);     // delta 34 > 15: 0x05, zigzag(40) = 80, zigzag(300) = 600 = 0xD8 0x04
            w.FieldI8(41, -2);       // delta 1, i8: 0x13, raw byte 0xFE
        });

        Assert.Equal(
            new byte[] { 0x15, 0x02, 0x26, 0x01, 0x11, 0x12, 0x18, 0x03, 0x68, 0xC3, 0xA9, 0x05, 0x50, 0xD8, 0x04, 0x13, 0xFE, 0x00 },
            bytes);
    }

    [Fact]
    public void Nested_structs_restore_the_outer_field_id_and_lists_switch_to_long_headers_at_15()
    {
        var bytes = Write(w =>
        {
            w.FieldStructBegin(2);           // 0x2C
            w.FieldI32(1, 0);                // 0x15 0x00 (ids restart in the nested struct)
            w.EndStruct();                   // 0x00
            w.FieldListBegin(3, CompactType.I32, 15); // delta 1: 0x19, header 0xF5, size 15
            for (var i = 0; i < 15; i++)
            {
                w.I32(i);
            }

            w.FieldListBegin(4, CompactType.Binary, 2); // delta 1 from 3: 0x19, header 0x28
            w.Binary([0xAB]);
            w.Binary([]);
        });

        byte[] expected =
        [
            0x2C, 0x15, 0x00, 0x00, 0x19, 0xF5, 0x0F, 0x00, 0x02, 0x04, 0x06, 0x08, 0x0A, 0x0C, 0x0E, 0x10, 0x12, 0x14, 0x16,
            0x18, 0x1A, 0x1C, 0x19, 0x28, 0x01, 0xAB, 0x00, 0x00,
        ];
        Assert.Equal(expected, bytes);
    }

    [Fact]
    public void Reader_skips_unknown_fields_of_every_type()
    {
        var bytes = Write(w =>
        {
            w.FieldI32(1, 7);
            w.FieldStructBegin(2);
            w.FieldListBegin(1, CompactType.Struct, 1);
            w.BeginStruct();
            w.FieldString(9, "deep");
            w.EndStruct();
            w.FieldBool(2, true);
            w.EndStruct();
            w.FieldListBegin(3, CompactType.BoolTrue, 2);
            w.Output.WriteByte(1);
            w.Output.WriteByte(2);
            w.FieldI64(4, long.MinValue);
            w.FieldBinary(5, new byte[300]);
            w.FieldI32(6, 99);
        });

        Span<short> ids = stackalloc short[64];
        var reader = new CompactReader(bytes, ids, "test");
        var found = new List<int>();
        reader.BeginStruct();
        while (reader.NextField(out var id, out var type))
        {
            if (id is 1 or 6)
            {
                found.Add(reader.I32(type, "x"));
            }
            else
            {
                reader.Skip(type);
            }
        }

        reader.EndStruct();
        Assert.Equal([7, 99], found);
        Assert.Equal(bytes.Length, reader.Position);
    }

    [Fact]
    public void Round_trips_random_values() =>
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(300).WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(42UL), FSharpOption<int>.None))),
            Prop.ForAll<int, long, string?>((i, l, text) =>
            {
                var s = (short)(i >> 7);
                var b = (i & 1) == 1;
                var value = text ?? string.Empty;
                var bytes = Write(w =>
                {
                    w.FieldI32(1, i);
                    w.FieldI64(2, l);
                    w.FieldI16(20, s);
                    w.FieldString(21, value);
                    w.FieldBool(22, b);
                });
                Span<short> ids = stackalloc short[64];
                var reader = new CompactReader(bytes, ids, "test");
                reader.BeginStruct();
                reader.NextField(out _, out var t1);
                var ri = reader.I32(t1, "i");
                reader.NextField(out _, out var t2);
                var rl = reader.I64(t2, "l");
                reader.NextField(out var id3, out var t3);
                var rs = reader.I16(t3, "s");
                reader.NextField(out _, out var t4);
                var rt = reader.String(t4, "t");
                reader.NextField(out _, out var t5);
                var rb = reader.FieldBool(t5, "b");
                var end = !reader.NextField(out _, out _);
                return ri == i && rl == l && id3 == 20 && rs == s && rt == System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(value)) && rb == b && end;
            }));

    [Theory]
    [InlineData(new byte[] { 0x15 }, "unexpected end")]
    [InlineData(new byte[] { 0x18, 0x10, 0x41 }, "exceeds")]
    [InlineData(new byte[] { 0x19, 0xF5, 0xFF, 0xFF, 0xFF, 0x0F }, "exceeds")]
    [InlineData(new byte[] { 0x15, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 }, "varint")]
    [InlineData(new byte[] { 0x1E }, "unknown field type")]
    public void Hostile_input_raises_format_exceptions(byte[] bytes, string message)
    {
        var error = Assert.Throws<ParquetFormatException>(() => SkipAll(bytes));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_depth_is_bounded()
    {
        // 10,000 nested struct headers: a recursive reader without a bound would overflow the stack.
        var bytes = Enumerable.Repeat((byte)0x1C, 10_000).ToArray();
        var error = Assert.Throws<ParquetFormatException>(() => SkipAll(bytes));
        Assert.Contains("deeply", error.Message, StringComparison.Ordinal);
    }

    private static void SkipAll(byte[] bytes)
    {
        Span<short> ids = stackalloc short[64];
        var reader = new CompactReader(bytes, ids, "test");
        reader.BeginStruct();
        while (reader.NextField(out _, out var type))
        {
            reader.Skip(type);
        }
    }

    private static byte[] Write(Action<CompactWriter> body)
    {
        using var buffer = new ByteBuffer();
        var writer = new CompactWriter(buffer);
        writer.BeginStruct();
        body(writer);
        writer.EndStruct();
        return buffer.WrittenSpan.ToArray();
    }
}
