using System.Globalization;

namespace Sim.Output;

/// <summary>
/// The lifecycle of one run's output folder. The run first claims the folder's name (<see cref="RunFolderClaim"/>:
/// a second run for the same folder fails at once), then writes into a hidden staging folder
/// <c>.NAME.partial-PID</c> beside it, and publishes it by a rename only when the run succeeds: a reader never sees a
/// half-written run, and a failed or cancelled run leaves nothing.
/// </summary>
/// <remarks>
/// Only folders sim wrote are ever replaced: with <c>--force</c> an existing <em>run</em> folder (its manifest
/// carries our marker) is moved aside once the new run is complete, the new one renamed into place, and only then
/// is the earlier one deleted; if that rename fails the earlier run is put back. A file, a link, or a folder that
/// is not a run of ours is refused, with or without <c>--force</c>, and left untouched. An empty folder is taken.
/// </remarks>
public sealed class RunFolder : IDisposable
{
    private readonly RunFolderClaim _claim;
    private bool _published;
    private bool _disposed;

    private RunFolder(string finalPath, string stagingPath, bool overwrite, RunFolderClaim claim, IReadOnlyList<string> leftovers)
    {
        FinalPath = finalPath;
        StagingPath = stagingPath;
        Overwrite = overwrite;
        _claim = claim;
        Leftovers = leftovers;
    }

    /// <summary>The folder the run is published to on success.</summary>
    public string FinalPath { get; }

    /// <summary>The hidden folder the run writes into until it is published.</summary>
    public string StagingPath { get; }

    /// <summary>Whether an existing run at <see cref="FinalPath"/> is replaced on success.</summary>
    public bool Overwrite { get; }

    /// <summary>What was found and cleaned up of earlier runs to this same folder that were killed (one line each).</summary>
    public IReadOnlyList<string> Leftovers { get; }

    /// <summary>The full path a run folder argument stands for, or a refusal when it cannot be a run folder.</summary>
    /// <exception cref="RunFolderRefusedException">Empty, a file system root, or not a valid path.</exception>
    public static string FullPathOf(string finalPath)
    {
        if (string.IsNullOrWhiteSpace(finalPath))
        {
            throw new RunFolderRefusedException("the run folder path is empty; give a folder such as out/my-run");
        }

        string full;
        try
        {
            full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(finalPath));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new RunFolderRefusedException($"'{finalPath}' is not a usable folder path: {e.Message}", e);
        }

        if (Path.GetDirectoryName(full) is null || Path.GetFileName(full).Length == 0)
        {
            throw new RunFolderRefusedException($"'{finalPath}' is the root of a file system; give a folder below it");
        }

        return full;
    }

    /// <summary>
    /// Claims <paramref name="finalPath"/>, checks the run may be written there and creates its staging folder.
    /// Leftovers of killed runs to the same folder are removed (they carry our staging marker; the claim proves
    /// their runs are gone).
    /// </summary>
    /// <param name="finalPath">The run's folder, e.g. <c>out/baseline-seed42</c>.</param>
    /// <param name="overwrite">Replace an existing run there on success (<c>--force</c>).</param>
    /// <exception cref="RunFolderExistsException">A run folder exists there and <paramref name="overwrite"/> is false.</exception>
    /// <exception cref="RunFolderRefusedException">Nothing may be written there; nothing was changed.</exception>
    public static RunFolder Create(string finalPath, bool overwrite)
    {
        var full = FullPathOf(finalPath);
        CheckTarget(full, overwrite);
        var parent = Path.GetDirectoryName(full)!;
        RunFolderClaim claim;
        try
        {
            Directory.CreateDirectory(parent);
            claim = RunFolderClaim.TryAcquire(full)
                ?? throw new RunFolderRefusedException(
                    $"another run is writing '{full}' right now (it holds {RunFolderClaim.PathOf(full)}); wait for it or choose another --out folder");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not RunFolderRefusedException)
        {
            throw new RunFolderRefusedException($"cannot write a run into '{parent}': {e.Message}", e);
        }

        try
        {
            CheckTarget(full, overwrite);
            var leftovers = RunFolderLeftovers.RemoveOf(full);
            var staging = StagingPathOf(full, Environment.ProcessId);
            if (Directory.Exists(staging))
            {
                // Same name and process id as a killed run before a reboot: a leftover the claim proves dead.
                if (!RunFolderMarkers.IsStagingFolder(staging))
                {
                    throw new RunFolderRefusedException($"'{staging}' exists and is not a staging folder of sim; move it away");
                }

                Directory.Delete(staging, recursive: true);
            }

            Directory.CreateDirectory(staging);
            RunFolderMarkers.MarkStaging(staging, full);
            return new RunFolder(full, staging, overwrite, claim, leftovers);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            claim.Dispose();
            if (e is RunFolderRefusedException or RunFolderExistsException)
            {
                throw;
            }

            throw new RunFolderRefusedException($"cannot write a run into '{parent}': {e.Message}", e);
        }
        catch
        {
            claim.Dispose();
            throw;
        }
    }

    /// <summary>The staging folder of a run to <paramref name="finalPath"/> by process <paramref name="processId"/>.</summary>
    public static string StagingPathOf(string finalPath, int processId) =>
        SiblingOf(finalPath, "partial", processId);

    /// <summary>Where a replaced run waits, between the new run's rename and its own deletion.</summary>
    public static string AsidePathOf(string finalPath, int processId) =>
        SiblingOf(finalPath, "replaced", processId);

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
    /// <exception cref="RunFolderRefusedException">Something that is not a run of ours appeared there meanwhile (left untouched).</exception>
    public void Publish()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_published)
        {
            throw new InvalidOperationException("The run folder is already published.");
        }

        // Checked again: the run took a while, and anything may have appeared at the path meanwhile.
        var target = CheckTarget(FinalPath, Overwrite);
        File.Delete(Path.Combine(StagingPath, RunFolderMarkers.StagingFileName));
        string? aside = null;
        if (target == RunFolderTarget.EmptyFolder)
        {
            Directory.Delete(FinalPath); // not recursive: fails, touching nothing, if a file appeared in it
        }
        else if (target == RunFolderTarget.RunFolder)
        {
            aside = AsidePathOf(FinalPath, Environment.ProcessId);
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

    /// <summary>Deletes the staging folder unless the run was published, then releases the claim.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            if (!_published && Directory.Exists(StagingPath))
            {
                Directory.Delete(StagingPath, recursive: true);
            }
        }
        finally
        {
            _claim.Dispose();
        }
    }

    private static RunFolderTarget CheckTarget(string full, bool overwrite)
    {
        var target = RunFolderMarkers.Classify(full);
        return target switch
        {
            RunFolderTarget.RunFolder when !overwrite => throw new RunFolderExistsException(full),
            RunFolderTarget.OtherFolder => throw new RunFolderRefusedException(
                $"'{full}' exists and is not a run folder written by sim (it has no manifest.json of ours); nothing was changed; --force replaces only sim's run folders, so choose another --out folder"),
            RunFolderTarget.NotAFolder => throw new RunFolderRefusedException(
                $"'{full}' is a file or a link, not a run folder; nothing was changed; choose another --out folder"),
            _ => target,
        };
    }

    private static string SiblingOf(string finalPath, string kind, int processId) =>
        Path.Combine(Path.GetDirectoryName(finalPath)!,
            string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(finalPath)}.{kind}-{processId}"));
}
