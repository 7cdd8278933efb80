namespace Sim.Grains.Output;

/// <summary>
/// The lifecycle of one run's output folder: everything is written into a hidden staging folder beside
/// the final one and published by a rename only when the run succeeds, so a reader never sees a
/// half-written run and an earlier run is never lost or overwritten silently.
/// </summary>
/// <remarks>
/// With <c>--force</c> the earlier run is moved aside, the new one renamed into place, and only then is
/// the earlier one deleted: if publishing fails, the earlier run is put back.
/// </remarks>
public sealed class RunFolder : IDisposable
{
    private bool _published;
    private bool _disposed;

    private RunFolder(string finalPath, string stagingPath, bool overwrite)
    {
        FinalPath = finalPath;
        StagingPath = stagingPath;
        Overwrite = overwrite;
    }

    /// <summary>The folder the run is published to on success.</summary>
    public string FinalPath { get; }

    /// <summary>The hidden folder the run writes into until it is published.</summary>
    public string StagingPath { get; }

    /// <summary>Whether an existing run at <see cref="FinalPath"/> is replaced on success.</summary>
    public bool Overwrite { get; }

    /// <summary>
    /// Checks that the run may be written to <paramref name="finalPath"/> and creates its staging folder.
    /// </summary>
    /// <param name="finalPath">The run's folder, e.g. <c>out/baseline-seed42</c>.</param>
    /// <param name="overwrite">Replace an existing run there on success (<c>--force</c>).</param>
    /// <exception cref="RunFolderExistsException">The folder exists and <paramref name="overwrite"/> is false.</exception>
    public static RunFolder Create(string finalPath, bool overwrite)
    {
        var full = Path.GetFullPath(finalPath).TrimEnd(Path.DirectorySeparatorChar);
        if ((Directory.Exists(full) || File.Exists(full)) && !overwrite)
        {
            throw new RunFolderExistsException(full);
        }

        var parent = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{finalPath}' has no parent folder.", nameof(finalPath));
        Directory.CreateDirectory(parent);
        // The process id keeps two concurrent runs to the same folder apart; it never reaches the outputs.
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.partial-{Environment.ProcessId}");
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        return new RunFolder(full, staging, overwrite);
    }

    /// <summary>The path of <paramref name="relative"/> inside the staging folder, creating its parent folders.</summary>
    public string PathFor(string relative)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var path = Path.GetFullPath(Path.Combine(StagingPath, relative));
        if (!path.StartsWith(StagingPath + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{relative}' points outside the run folder.", nameof(relative));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>Publishes the staging folder as <see cref="FinalPath"/>.</summary>
    /// <exception cref="RunFolderExistsException">A run appeared at the final path meanwhile and overwriting is off.</exception>
    public void Publish()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_published)
        {
            throw new InvalidOperationException("The run folder is already published.");
        }

        string? aside = null;
        if (Directory.Exists(FinalPath) || File.Exists(FinalPath))
        {
            if (!Overwrite)
            {
                throw new RunFolderExistsException(FinalPath);
            }

            aside = StagingPath + ".previous";
            Directory.Move(FinalPath, aside);
        }

        try
        {
            Directory.Move(StagingPath, FinalPath);
        }
        catch
        {
            if (aside is not null)
            {
                Directory.Move(aside, FinalPath);
            }

            throw;
        }

        _published = true;
        if (aside is not null)
        {
            Directory.Delete(aside, recursive: true);
        }
    }

    /// <summary>Deletes the staging folder unless the run was published (a failed or cancelled run leaves nothing).</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_published && Directory.Exists(StagingPath))
        {
            Directory.Delete(StagingPath, recursive: true);
        }
    }
}
