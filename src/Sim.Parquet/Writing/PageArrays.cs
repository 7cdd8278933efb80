namespace Sim.Parquet.Writing;

/// <summary>
/// Growth of the per-page scratch arrays (dictionary indices, definition levels): doubling up to
/// <see cref="ParquetWriterOptions.PageMaxValues"/>, so a small page keeps small arrays and the writer's memory stays
/// bounded by its row groups. The arrays come from <see cref="ScratchPool{T}"/> and go back to it (the person
/// snapshots' profile showed allocating, first-touching and copying them among their largest costs); they are not
/// cleared: every slot is written before a page reads it.
/// </summary>
internal static class PageArrays
{
    /// <summary>Makes <paramref name="array"/> hold at least <paramref name="needed"/> items, keeping the first <paramref name="used"/>.</summary>
    public static void Grow<T>(ref T[] array, int used, int needed, int pageMaxValues)
        where T : unmanaged
    {
        if (array.Length >= needed)
        {
            return;
        }

        var size = Math.Max(needed, Math.Min(array.Length * 2, pageMaxValues));
        var next = ScratchPool<T>.Rent(size);
        array.AsSpan(0, used).CopyTo(next);
        ScratchPool<T>.Return(array);
        array = next;
    }

    /// <summary>Gives <paramref name="array"/> back to the pool and leaves it empty (safe to call twice).</summary>
    public static void Release<T>(ref T[] array)
        where T : unmanaged
    {
        ScratchPool<T>.Return(array);
        array = [];
    }
}
