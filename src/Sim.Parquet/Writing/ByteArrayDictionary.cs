using System.Buffers.Binary;
using System.Numerics;
using Sim.Parquet.Encodings;

namespace Sim.Parquet.Writing;

/// <summary>
/// Dictionary of a BYTE_ARRAY column: an open-addressing table keyed on the CLR value, whose
/// entries are encoded once, straight into the PLAIN body of the dictionary page.
/// </summary>
internal sealed class ByteArrayDictionary<TKey, TOps> : IDisposable
    where TKey : class
    where TOps : IByteArrayKey<TKey>
{
    private readonly ByteBuffer _bytes = new();
    private TKey[] _keys = new TKey[256];
    private int[] _hashes = new int[256];
    private int[] _offsets = new int[256];
    private int[] _slots = new int[512];
    private int _shift = 32 - 9;

    public int Count { get; private set; }

    /// <summary>The PLAIN-encoded dictionary page body (4-byte length + bytes per entry).</summary>
    public ReadOnlySpan<byte> PlainBytes => _bytes.WrittenSpan;

    public long RetainedBytes => _bytes.Capacity + (_keys.Length * 20L) + (_slots.Length * 4L);

    public int GetOrAdd(TKey key)
    {
        var hash = TOps.Hash(key);
        var mask = _slots.Length - 1;
        var slot = (int)(((uint)hash * 0x9E3779B9u) >> _shift);
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return Add(key, hash, slot);
            }

            if (_hashes[entry - 1] == hash && TOps.Same(_keys[entry - 1], key))
            {
                return entry - 1;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The encoded bytes of entry <paramref name="index"/> (without the length prefix).</summary>
    public ReadOnlySpan<byte> Entry(int index)
    {
        var bytes = _bytes.WrittenSpan;
        var offset = _offsets[index];
        var length = BinaryPrimitives.ReadInt32LittleEndian(bytes[offset..]);
        return bytes.Slice(offset + 4, length);
    }

    public void Clear()
    {
        Array.Clear(_slots);
        Array.Clear(_keys, 0, Count);
        _bytes.Clear();
        Count = 0;
    }

    public void Dispose() => _bytes.Dispose();

    private int Add(TKey key, int hash, int slot)
    {
        if (Count == _keys.Length)
        {
            var size = _keys.Length * 2;
            Array.Resize(ref _keys, size);
            Array.Resize(ref _hashes, size);
            Array.Resize(ref _offsets, size);
        }

        var offset = _bytes.Length;
        var span = _bytes.GetSpan(4 + TOps.MaxByteCount(key));
        var length = TOps.Encode(key, span[4..]);
        BinaryPrimitives.WriteInt32LittleEndian(span, length);
        _bytes.Advance(4 + length);
        _keys[Count] = key;
        _hashes[Count] = hash;
        _offsets[Count] = offset;
        _slots[slot] = ++Count;
        if (Count * 2 > _slots.Length)
        {
            Rehash();
        }

        return Count - 1;
    }

    private void Rehash()
    {
        var size = _slots.Length * 2;
        _slots = new int[size];
        _shift = 32 - BitOperations.Log2((uint)size);
        var mask = size - 1;
        for (var i = 0; i < Count; i++)
        {
            var slot = (int)(((uint)_hashes[i] * 0x9E3779B9u) >> _shift);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = i + 1;
        }
    }
}
