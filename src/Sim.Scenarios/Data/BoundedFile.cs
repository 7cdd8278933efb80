namespace Sim.Scenarios;

/// <summary>Reads an input file only up to a size limit, so a huge file or a device such as /dev/zero is refused, not read.</summary>
internal static class BoundedFile
{
    /// <summary>The file's bytes, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    public static byte[]? Read(string path, int maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var buffer = new byte[maxBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return total > maxBytes ? null : buffer.AsSpan(0, total).ToArray();
    }

    /// <summary>A byte count as written in messages, e.g. <c>1,048,576 bytes</c>.</summary>
    public static string Describe(int bytes) => bytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes";
}
