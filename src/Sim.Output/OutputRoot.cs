namespace Sim.Output;

/// <summary>
/// The folder a run's files are written into (the staging folder of a <see cref="RunFolder"/>), as the grains see
/// it: every grain that writes a part file resolves its path here. Silos sharing it must share a file system.
/// </summary>
public sealed class OutputRoot
{
    /// <summary>Creates a root at <paramref name="path"/> (which must exist).</summary>
    public OutputRoot(string path)
    {
        Path = System.IO.Path.GetFullPath(path).TrimEnd(System.IO.Path.DirectorySeparatorChar);
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>The full path of <paramref name="relative"/> (forward slashes) inside the root, creating its parent folders.</summary>
    public string PathFor(string relative)
    {
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, relative));
        if (!path.StartsWith(Path + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{relative}' points outside the run folder.", nameof(relative));
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return path;
    }
}
