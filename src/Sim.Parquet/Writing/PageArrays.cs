namespace Sim.Parquet.Writing;

/// <summary>
/// Growth of the per-page scratch arrays (dictionary indices, definition levels): doubling up to
/// <see cref="ParquetWriterOptions.PageMaxValues"/>, so a small page keeps small arrays and the writer's memory stays
/// bounded by its row groups. The arrays are not zeroed (Array.Resize zeroes every large-object array it makes, which
/// the person snapshots' profile showed among their largest costs): every slot is written before the page reads it.
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
        var next = GC.AllocateUninitializedArray<T>(size);
        array.AsSpan(0, used).CopyTo(next);
        array = next;
    }
}
