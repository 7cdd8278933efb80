using System.Text;
using Sim.Parquet.Encodings;

namespace Sim.Parquet.Thrift;

/// <summary>Writes Thrift compact protocol structs into a <see cref="ByteBuffer"/>.</summary>
internal sealed class CompactWriter
{
    private const int MaxDepth = 16;
    private readonly ByteBuffer _output;
    private readonly short[] _lastIds = new short[MaxDepth];
    private int _depth;
    private short _lastId;

    public CompactWriter(ByteBuffer output) => _output = output;

    public ByteBuffer Output => _output;

    public void FieldI32(short id, int value)
    {
        FieldHeader(id, CompactType.I32);
        _output.WriteUleb128(ZigZag(value));
    }

    public void FieldI64(short id, long value)
    {
        FieldHeader(id, CompactType.I64);
        _output.WriteUleb128(ZigZag(value));
    }

    public void FieldI16(short id, short value)
    {
        FieldHeader(id, CompactType.I16);
        _output.WriteUleb128(ZigZag(value));
    }

    public void FieldI8(short id, sbyte value)
    {
        FieldHeader(id, CompactType.I8);
        _output.WriteByte((byte)value);
    }

    public void FieldBool(short id, bool value) => FieldHeader(id, value ? CompactType.BoolTrue : CompactType.BoolFalse);

    public void FieldBinary(short id, ReadOnlySpan<byte> value)
    {
        FieldHeader(id, CompactType.Binary);
        Binary(value);
    }

    public void FieldString(short id, string value)
    {
        FieldHeader(id, CompactType.Binary);
        String(value);
    }

    /// <summary>Starts a struct-valued field; close it with <see cref="EndStruct"/>.</summary>
    public void FieldStructBegin(short id)
    {
        FieldHeader(id, CompactType.Struct);
        BeginStruct();
    }

    /// <summary>Starts a list-valued field; then write <paramref name="count"/> elements.</summary>
    public void FieldListBegin(short id, byte elementType, int count)
    {
        FieldHeader(id, CompactType.List);
        ListHeader(elementType, count);
    }

    public void ListHeader(byte elementType, int count)
    {
        if (count < 15)
        {
            _output.WriteByte((byte)((count << 4) | elementType));
        }
        else
        {
            _output.WriteByte((byte)(0xF0 | elementType));
            _output.WriteUleb128((uint)count);
        }
    }

    /// <summary>Starts a struct (a list element or the top level); ends with <see cref="EndStruct"/>.</summary>
    public void BeginStruct()
    {
        if (_depth == MaxDepth)
        {
            throw new InvalidOperationException("thrift structs nested too deeply");
        }

        _lastIds[_depth++] = _lastId;
        _lastId = 0;
    }

    public void EndStruct()
    {
        _output.WriteByte(CompactType.Stop);
        _lastId = _lastIds[--_depth];
    }

    public void I32(int value) => _output.WriteUleb128(ZigZag(value));

    public void I64(long value) => _output.WriteUleb128(ZigZag(value));

    public void Binary(ReadOnlySpan<byte> value)
    {
        _output.WriteUleb128((uint)value.Length);
        _output.Write(value);
    }

    public void String(string value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        _output.WriteUleb128((uint)byteCount);
        var span = _output.GetSpan(byteCount);
        _output.Advance(Encoding.UTF8.GetBytes(value, span));
    }

    internal static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    private void FieldHeader(short id, byte type)
    {
        var delta = id - _lastId;
        if (delta is > 0 and <= 15)
        {
            _output.WriteByte((byte)((delta << 4) | type));
        }
        else
        {
            _output.WriteByte(type);
            _output.WriteUleb128(ZigZag(id));
        }

        _lastId = id;
    }
}
