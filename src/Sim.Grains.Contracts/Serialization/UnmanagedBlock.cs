using System.Runtime.InteropServices;

namespace Sim.Grains.Serialization;

/// <summary>
/// Arrays of unmanaged structs as one <c>byte[]</c>, the form Orleans copies in one piece (it writes other arrays
/// element by element). Silos of one cluster share the architecture and the code version, hence the layout.
/// </summary>
public static class UnmanagedBlock
{
    /// <summary>The bytes of <paramref name="values"/>.</summary>
    public static byte[] Pack<T>(ReadOnlySpan<T> values)
        where T : unmanaged => MemoryMarshal.AsBytes(values).ToArray();

    /// <summary>The values packed in <paramref name="block"/>.</summary>
    public static T[] Unpack<T>(byte[] block)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(block);
        var size = Marshal.SizeOf<T>();
        if (block.Length % size != 0)
        {
            throw new InvalidOperationException(
                $"a block of {block.Length} bytes is not a whole number of {typeof(T).Name} values of {size} bytes (silos of different code versions?)");
        }

        return MemoryMarshal.Cast<byte, T>(block).ToArray();
    }
}
