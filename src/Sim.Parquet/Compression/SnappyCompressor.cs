using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sim.Parquet.Compression;

/// <summary>
/// Snappy raw-block compression written for the writer's hot path: compresses straight into a caller's
/// buffer (no allocation per page) in 64 KiB fragments with a greedy hash matcher that skips faster
/// through incompressible data, as the reference implementation does. Works on refs so the inner
/// loops carry no bounds checks; the margins below keep every read inside the input.
/// </summary>
internal static class SnappyCompressor
{
    public const int HashTableSize = 1 << HashBits;
    private const int BlockSize = 1 << 16;
    private const int HashBits = 14;
    private const int InputMargin = 15;

    /// <summary>Worst-case output size for <paramref name="length"/> input bytes.</summary>
    public static int MaxCompressedLength(int length) => 32 + length + (length / 6);

    /// <summary>Compresses <paramref name="input"/> into <paramref name="output"/>; returns the bytes written.</summary>
    /// <param name="input">Bytes to compress.</param>
    /// <param name="output">At least <see cref="MaxCompressedLength"/> bytes.</param>
    /// <param name="table">Scratch of <see cref="HashTableSize"/> entries, reused between calls.</param>
    public static int Compress(ReadOnlySpan<byte> input, Span<byte> output, Span<ushort> table)
    {
        if (output.Length < MaxCompressedLength(input.Length) || table.Length < HashTableSize)
        {
            throw new ArgumentException("output or table too small");
        }

        ref var dst = ref MemoryMarshal.GetReference(output);
        var o = 0;
        var length = (uint)input.Length;
        while (length >= 0x80)
        {
            Unsafe.Add(ref dst, o++) = (byte)(length | 0x80);
            length >>= 7;
        }

        Unsafe.Add(ref dst, o++) = (byte)length;
        for (var start = 0; start < input.Length; start += BlockSize)
        {
            var block = input.Slice(start, Math.Min(BlockSize, input.Length - start));
            o = CompressBlock(block, ref dst, o, table);
        }

        return o;
    }

    private static int CompressBlock(ReadOnlySpan<byte> block, ref byte dst, int o, Span<ushort> table)
    {
        var n = block.Length;
        ref var src = ref MemoryMarshal.GetReference(block);
        var nextEmit = 0;
        if (n >= InputMargin + 1)
        {
            table.Clear();
            ref var slots = ref MemoryMarshal.GetReference(table);
            var ipLimit = n - InputMargin;
            var ip = 1;
            var nextHash = Hash(Load32(ref src, ip));
            while (true)
            {
                // Look for a 4-byte match, stepping further the longer nothing matches.
                var skip = 32;
                var nextIp = ip;
                int candidate;
                do
                {
                    ip = nextIp;
                    var hash = nextHash;
                    nextIp = ip + (skip++ >> 5);
                    if (nextIp > ipLimit)
                    {
                        goto Remainder;
                    }

                    nextHash = Hash(Load32(ref src, nextIp));
                    candidate = Unsafe.Add(ref slots, hash);
                    Unsafe.Add(ref slots, hash) = (ushort)ip;
                }
                while (Load32(ref src, ip) != Load32(ref src, candidate));

                o = EmitLiteral(ref dst, o, ref Unsafe.Add(ref src, nextEmit), ip - nextEmit);
                do
                {
                    var matchStart = ip;
                    ip += 4 + MatchLength(ref src, candidate + 4, ip + 4, n);
                    o = EmitCopy(ref dst, o, matchStart - candidate, ip - matchStart);
                    nextEmit = ip;
                    if (ip >= ipLimit)
                    {
                        goto Remainder;
                    }

                    Unsafe.Add(ref slots, Hash(Load32(ref src, ip - 1))) = (ushort)(ip - 1);
                    var hash = Hash(Load32(ref src, ip));
                    candidate = Unsafe.Add(ref slots, hash);
                    Unsafe.Add(ref slots, hash) = (ushort)ip;
                }
                while (Load32(ref src, ip) == Load32(ref src, candidate));

                nextHash = Hash(Load32(ref src, ++ip));
            }
        }

    Remainder:
        return nextEmit < n ? EmitLiteral(ref dst, o, ref Unsafe.Add(ref src, nextEmit), n - nextEmit) : o;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Load32(ref byte src, int at) => Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref src, at));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(uint bytes) => (int)((bytes * 0x1E35A7BDu) >> (32 - HashBits));

    /// <summary>Length of the common run at <paramref name="a"/> and <paramref name="b"/> (b &gt; a), up to <paramref name="limit"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int MatchLength(ref byte src, int a, int b, int limit)
    {
        var start = b;
        while (b + 8 <= limit)
        {
            var x = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref src, a)) ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref src, b));
            if (x != 0)
            {
                return b - start + (BitOperations.TrailingZeroCount(x) >> 3);
            }

            a += 8;
            b += 8;
        }

        while (b < limit && Unsafe.Add(ref src, a) == Unsafe.Add(ref src, b))
        {
            a++;
            b++;
        }

        return b - start;
    }

    private static int EmitLiteral(ref byte dst, int o, ref byte literal, int length)
    {
        var n = length - 1;
        if (n < 60)
        {
            Unsafe.Add(ref dst, o++) = (byte)(n << 2);
        }
        else
        {
            var bytes = n < 1 << 8 ? 1 : n < 1 << 16 ? 2 : n < 1 << 24 ? 3 : 4;
            Unsafe.Add(ref dst, o++) = (byte)((59 + bytes) << 2);
            for (var i = 0; i < bytes; i++)
            {
                Unsafe.Add(ref dst, o++) = (byte)(n >> (8 * i));
            }
        }

        Unsafe.CopyBlockUnaligned(ref Unsafe.Add(ref dst, o), ref literal, (uint)length);
        return o + length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EmitCopy(ref byte dst, int o, int offset, int length)
    {
        while (length >= 68)
        {
            o = EmitCopy2(ref dst, o, offset, 64);
            length -= 64;
        }

        if (length > 64)
        {
            o = EmitCopy2(ref dst, o, offset, 60);
            length -= 60;
        }

        if (length < 12 && offset < 2048)
        {
            Unsafe.Add(ref dst, o) = (byte)(1 | ((length - 4) << 2) | ((offset >> 8) << 5));
            Unsafe.Add(ref dst, o + 1) = (byte)offset;
            return o + 2;
        }

        return EmitCopy2(ref dst, o, offset, length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EmitCopy2(ref byte dst, int o, int offset, int length)
    {
        Unsafe.Add(ref dst, o) = (byte)(2 | ((length - 1) << 2));
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref dst, o + 1), (ushort)offset);
        return o + 3;
    }
}
