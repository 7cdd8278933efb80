using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace Sim.Parquet.Thrift;

/// <summary>Reads one struct (its fields up to the stop byte) from a <see cref="CompactReader"/>.</summary>
internal delegate T StructReader<T>(ref CompactReader reader);

/// <summary>
/// Reads Thrift compact protocol from untrusted bytes: every length is checked against the bytes
/// left, nesting depth is bounded, and every failure is a <see cref="ParquetFormatException"/>.
/// </summary>
internal ref struct CompactReader
{
    private const int MaxDepth = 64;
    private readonly ReadOnlySpan<byte> _data;
    private readonly string _what;
    private int _position;
    private int _depth;
    private short _lastId;
    private bool _pendingBool;
    private Span<short> _lastIds;

    public CompactReader(ReadOnlySpan<byte> data, Span<short> idStack, string what)
    {
        _data = data;
        _lastIds = idStack;
        _what = what;
    }

    /// <summary>Bytes consumed so far.</summary>
    public readonly int Position => _position;

    public readonly int Remaining => _data.Length - _position;

    public readonly string What => _what;

    public void BeginStruct()
    {
        if (_depth >= MaxDepth || _depth >= _lastIds.Length)
        {
            throw Error("structs nested too deeply");
        }

        _lastIds[_depth++] = _lastId;
        _lastId = 0;
    }

    public void EndStruct() => _lastId = _lastIds[--_depth];

    /// <summary>Reads the next field header; false at the struct's stop byte.</summary>
    public bool NextField(out short id, out byte type)
    {
        var header = ReadByte();
        if (header == CompactType.Stop)
        {
            id = 0;
            type = CompactType.Stop;
            return false;
        }

        type = (byte)(header & 0x0F);
        var delta = header >> 4;
        if (delta != 0)
        {
            id = (short)(_lastId + delta);
        }
        else
        {
            var raw = ReadZigZag64();
            if (raw is < short.MinValue or > short.MaxValue)
            {
                throw Error("field id out of range");
            }

            id = (short)raw;
        }

        if (type is CompactType.BoolTrue or CompactType.BoolFalse)
        {
            _pendingBool = type == CompactType.BoolTrue;
        }
        else if (type is 0 or > CompactType.Struct)
        {
            throw Error($"unknown field type {type}");
        }

        _lastId = id;
        return true;
    }

    public readonly bool FieldBool(byte type, string name)
    {
        if (type is not (CompactType.BoolTrue or CompactType.BoolFalse))
        {
            throw Error($"field {name} is not a bool");
        }

        return _pendingBool;
    }

    public int I32(byte type, string name)
    {
        Expect(type, CompactType.I32, name);
        return ReadI32();
    }

    public long I64(byte type, string name)
    {
        Expect(type, CompactType.I64, name);
        return ReadZigZag64();
    }

    public short I16(byte type, string name)
    {
        Expect(type, CompactType.I16, name);
        var value = ReadZigZag64();
        return value is < short.MinValue or > short.MaxValue ? throw Error($"{name} out of range") : (short)value;
    }

    public sbyte I8(byte type, string name)
    {
        Expect(type, CompactType.I8, name);
        return (sbyte)ReadByte();
    }

    public ReadOnlySpan<byte> Binary(byte type, string name)
    {
        Expect(type, CompactType.Binary, name);
        return ReadBinary();
    }

    public string String(byte type, string name) => Encoding.UTF8.GetString(Binary(type, name));

    public void Struct(byte type, string name) => Expect(type, CompactType.Struct, name);

    /// <summary>Reads a list header after checking the field type; returns the element count.</summary>
    public int List(byte type, string name, out byte elementType)
    {
        Expect(type, CompactType.List, name);
        return ReadListHeader(out elementType);
    }

    /// <summary>Reads a list-of-structs field, each element with <paramref name="readElement"/>.</summary>
    public List<T> StructList<T>(byte type, string name, StructReader<T> readElement)
    {
        var count = List(type, name, out var elementType);
        if (elementType != CompactType.Struct)
        {
            throw Error($"{name} is not a list of structs");
        }

        // Grow with what actually parses rather than trusting the declared count for the capacity.
        var list = new List<T>(Math.Min(count, 1024));
        for (var i = 0; i < count; i++)
        {
            list.Add(readElement(ref this));
        }

        return list;
    }

    public int ReadListHeader(out byte elementType)
    {
        var header = ReadByte();
        elementType = (byte)(header & 0x0F);
        long count = header >> 4;
        if (count == 15)
        {
            count = (long)ReadVarint();
        }

        // Every element of every type takes at least one byte in the compact protocol.
        if (count > Remaining)
        {
            throw Error($"list of {count} elements exceeds the {Remaining} bytes left");
        }

        return (int)count;
    }

    public int ReadI32()
    {
        var value = ReadZigZag64();
        return value is < int.MinValue or > int.MaxValue ? throw Error("i32 out of range") : (int)value;
    }

    public string ReadString() => Encoding.UTF8.GetString(ReadBinary());

    public ReadOnlySpan<byte> ReadBinary()
    {
        var length = ReadVarint();
        if (length > (ulong)Remaining)
        {
            throw Error($"binary of {length} bytes exceeds the {Remaining} bytes left");
        }

        var span = _data.Slice(_position, (int)length);
        _position += (int)length;
        return span;
    }

    /// <summary>Skips a value of any type (unknown fields keep appearing in new format versions).</summary>
    public void Skip(byte type) => Skip(type, 0);

    public readonly ParquetFormatException Error(string message) => new($"corrupt {_what}: {message} (at byte {_position})");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte ReadByte()
    {
        if (_position >= _data.Length)
        {
            throw Error("unexpected end of data");
        }

        return _data[_position++];
    }

    private ulong ReadVarint()
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = ReadByte();
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw Error("varint longer than 10 bytes");
    }

    private long ReadZigZag64()
    {
        var raw = ReadVarint();
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    private void Skip(byte type, int level)
    {
        if (level > MaxDepth)
        {
            throw Error("values nested too deeply");
        }

        switch (type)
        {
            case CompactType.BoolTrue:
            case CompactType.BoolFalse:
                return;
            case CompactType.I8:
                ReadByte();
                return;
            case CompactType.I16:
            case CompactType.I32:
            case CompactType.I64:
                ReadVarint();
                return;
            case CompactType.Double:
                if (Remaining < 8)
                {
                    throw Error("unexpected end of data");
                }

                _ = BinaryPrimitives.ReadInt64LittleEndian(_data.Slice(_position, 8));
                _position += 8;
                return;
            case CompactType.Binary:
                ReadBinary();
                return;
            case CompactType.List:
            case CompactType.Set:
                SkipList(level);
                return;
            case CompactType.Map:
                SkipMap(level);
                return;
            case CompactType.Struct:
                SkipStruct(level);
                return;
            default:
                throw Error($"unknown value type {type}");
        }
    }

    private void SkipList(int level)
    {
        var count = ReadListHeader(out var elementType);
        for (var i = 0; i < count; i++)
        {
            SkipElement(elementType, level + 1);
        }
    }

    private void SkipElement(byte type, int level)
    {
        // Booleans inside containers take a whole byte.
        if (type is CompactType.BoolTrue or CompactType.BoolFalse)
        {
            ReadByte();
        }
        else
        {
            Skip(type, level);
        }
    }

    private void SkipMap(int level)
    {
        var count = ReadVarint();
        if (count == 0)
        {
            return;
        }

        if (count > (ulong)Remaining)
        {
            throw Error("map larger than the data left");
        }

        var types = ReadByte();
        for (ulong i = 0; i < count; i++)
        {
            SkipElement((byte)(types >> 4), level + 1);
            SkipElement((byte)(types & 0x0F), level + 1);
        }
    }

    private void SkipStruct(int level)
    {
        BeginStruct();
        while (NextField(out _, out var fieldType))
        {
            Skip(fieldType, level + 1);
        }

        EndStruct();
    }

    private readonly void Expect(byte actual, byte expected, string name)
    {
        if (actual != expected)
        {
            throw Error($"field {name} has wire type {actual}, expected {expected}");
        }
    }
}
