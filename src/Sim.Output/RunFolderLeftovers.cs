using System.Globalization;

namespace Sim.Output;

/// <summary>
/// Cleans up after runs that were killed (SIGKILL, power loss) and so could not remove their hidden folders:
/// <c>.NAME.partial-PID</c> (an unfinished run), <c>.NAME.replaced-PID</c> (an earlier run being replaced by
/// <c>--force</c>) and <c>.NAME.lock</c> (the claim). A name is cleaned only after taking its claim, which proves no
/// live run uses it; a folder is deleted only when it carries our staging or run marker.
/// </summary>
public static class RunFolderLeftovers
{
    private static readonly string[] Kinds = ["partial", "replaced"];

    /// <summary>
    /// Cleans the leftovers of every run folder name in <paramref name="parent"/> that no live run holds.
    /// Returns one line per thing removed, restored or left alone.
    /// </summary>
    public static IReadOnlyList<string> Sweep(string parent)
    {
        var report = new List<string>();
        if (!Directory.Exists(parent))
        {
            return report;
        }

        var names = new SortedSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(parent, ".*"))
            {
                if (NameOf(Path.GetFileName(entry)) is { } name)
                {
                    names.Add(name);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return report; // an unreadable folder: the run itself will say why it cannot write there
        }

        foreach (var name in names)
        {
            var final = Path.Combine(Path.GetFullPath(parent), name);
            try
            {
                using var claim = RunFolderClaim.TryAcquire(final);
                if (claim is not null)
                {
                    var removed = RemoveOf(final);
                    report.AddRange(removed);
                    if (claim.TookOverStaleClaim && removed.Count == 0)
                    {
                        report.Add($"removed the claim {claim.Path} of a run that was killed");
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                report.Add($"could not clean up after a killed run to '{final}': {e.Message}");
            }
        }

        return report;
    }

    /// <summary>
    /// Removes the leftovers of killed runs to <paramref name="finalPath"/>; the caller holds its claim. A replaced run
    /// whose replacement never arrived is put back.
    /// </summary>
    internal static IReadOnlyList<string> RemoveOf(string finalPath)
    {
        var report = new List<string>();
        var parent = Path.GetDirectoryName(finalPath)!;
        var name = Path.GetFileName(finalPath);
        foreach (var kind in Kinds)
        {
            foreach (var folder in Directory.EnumerateDirectories(parent, $".{name}.{kind}-*").Order(StringComparer.Ordinal))
            {
                if (NameOf(Path.GetFileName(folder)) != name || new DirectoryInfo(folder).LinkTarget is not null)
                {
                    continue;
                }

                var process = folder[(folder.LastIndexOf('-') + 1)..];
                if (kind == "replaced" && RunFolderMarkers.IsRunFolder(folder) && RunFolderMarkers.Classify(finalPath) == RunFolderTarget.Missing)
                {
                    Directory.Move(folder, finalPath);
                    report.Add($"restored the run '{finalPath}' that a killed run (process {process}) was replacing");
                }
                else if (RunFolderMarkers.IsStagingFolder(folder))
                {
                    Directory.Delete(folder, recursive: true);
                    report.Add(kind == "partial"
                        ? $"removed '{folder}', left by a run to '{finalPath}' that was killed (process {process} is gone)"
                        : $"removed '{folder}', an earlier run that a killed run (process {process}) had already replaced");
                }
                else
                {
                    report.Add($"left '{folder}' alone: it looks like a leftover of a killed run but carries no marker of sim; delete it yourself if it is not needed");
                }
            }
        }

        return report;
    }

    /// <summary>NAME of <c>.NAME.lock</c>, <c>.NAME.partial-PID</c> or <c>.NAME.replaced-PID</c>; null for anything else.</summary>
    internal static string? NameOf(string entry)
    {
        if (entry.Length < 2 || entry[0] != '.')
        {
            return null;
        }

        if (entry.EndsWith(".lock", StringComparison.Ordinal))
        {
            return entry.Length >= ".x.lock".Length ? entry[1..^".lock".Length] : null;
        }

        foreach (var kind in Kinds)
        {
            var at = entry.LastIndexOf("." + kind + "-", StringComparison.Ordinal);
            if (at > 1 && int.TryParse(entry.AsSpan(at + kind.Length + 2), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                return entry[1..at];
            }
        }

        return null;
    }
}
