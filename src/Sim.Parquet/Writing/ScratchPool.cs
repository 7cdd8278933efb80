using System.Buffers;

namespace Sim.Parquet.Writing;

/// <summary>
/// Page scratch shared by the file writers of the process: page values, definition levels, dictionary indices,
/// encoded and compressed pages. A run writes many files with the same columns one after another (the person
/// snapshot: 20 regions at once, twice), and each file used to grow every buffer anew: the profile showed
/// allocating, first-touching and copying those arrays as the largest part of the snapshot's value columns.
/// A file now takes its arrays from here and gives them back when it is done, so the next file starts with warm
/// arrays of the right size. The pool is bounded (at most <see cref="ArraysPerLength"/> arrays of each power-of-two
/// length up to <see cref="MaxPooledLength"/>; a longer array is not kept), so what it holds between files is a few
/// writers' worth of page buffers, never a file's worth of data.
/// Only arrays rented here may be returned here, once each: a returned array is handed to the next writer.
/// </summary>
/// <typeparam name="T">The element type (bytes for buffers and levels, ints for dictionary indices).</typeparam>
internal static class ScratchPool<T>
    where T : unmanaged
{
    /// <summary>Longest array kept (in elements): a 1 MiB page and its compressed bound fit.</summary>
    public const int MaxPooledLength = 1 << 21;

    /// <summary>Arrays of one length kept at most.</summary>
    public const int ArraysPerLength = 32;

    private static readonly ArrayPool<T> Pool = ArrayPool<T>.Create(MaxPooledLength, ArraysPerLength);

    /// <summary>An array of at least <paramref name="minimumLength"/> items, not cleared.</summary>
    public static T[] Rent(int minimumLength) => minimumLength == 0 ? [] : Pool.Rent(minimumLength);

    /// <summary>Gives back an array <see cref="Rent"/> returned (the empty array is ignored).</summary>
    public static void Return(T[] array)
    {
        if (array.Length > 0)
        {
            Pool.Return(array);
        }
    }
}
