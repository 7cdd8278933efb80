using System.Globalization;
using Sim.Output;

namespace Sim.Host.Running;

/// <summary>
/// Picks a run's folder. An explicit <c>--out</c> is used as given (an existing one is refused without
/// <c>--force</c>). The default is <c>out/&lt;scenario&gt;-seed&lt;seed&gt;</c>; when that exists or another run has
/// claimed it, and <c>--force</c> is not given, the first free <c>-2</c>, <c>-3</c>, ... is taken, so repeating a run
/// never overwrites the earlier one. Two runs that pick the same name at the same instant are told apart by the
/// claim <see cref="RunFolder.Create"/> takes: the second fails at once.
/// </summary>
internal static class RunFolderChooser
{
    public const string DefaultParent = "out";

    /// <summary>The folder whose leftovers to clean before choosing: the parent of <c>--out</c>, else <see cref="DefaultParent"/>.</summary>
    public static string ParentOf(string? explicitOut, string parent = DefaultParent) =>
        explicitOut is null ? parent : Path.GetDirectoryName(RunFolder.FullPathOf(explicitOut))!;

    /// <summary>The folder to write, and the default folder when it was taken and a numbered one chosen instead.</summary>
    public static (string Path, string? TakenDefault) Choose(string? explicitOut, string scenarioName, ulong seed, bool force, string parent = DefaultParent)
    {
        if (explicitOut is not null)
        {
            return (explicitOut, null);
        }

        var basePath = Path.Combine(parent, FormattableString.Invariant($"{Sanitize(scenarioName)}-seed{seed}"));
        if (!Taken(basePath, force))
        {
            return (basePath, null);
        }

        for (var n = 2; ; n++)
        {
            var candidate = basePath + "-" + n.ToString(CultureInfo.InvariantCulture);
            if (!Taken(candidate, force: false))
            {
                return (candidate, basePath);
            }
        }
    }

    /// <summary>
    /// Whether a default name is unavailable: something is there (with <c>--force</c>, only what is not a run of ours),
    /// or a run holds its claim.
    /// </summary>
    private static bool Taken(string path, bool force)
    {
        var full = Path.GetFullPath(path);
        var target = RunFolderMarkers.Classify(full);
        var occupied = force
            ? target is RunFolderTarget.OtherFolder or RunFolderTarget.NotAFolder
            : target != RunFolderTarget.Missing;
        return occupied || File.Exists(RunFolderClaim.PathOf(full));
    }

    /// <summary>
    /// A folder name from a scenario name: letters, digits, '.', '-' and '_' are kept, anything else (slashes, glob and
    /// shell characters, spaces) becomes '_', and leading dots are dropped so the folder is never hidden or "..".
    /// </summary>
    internal static string Sanitize(string name)
    {
        var safe = new string([.. name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]).TrimStart('.');
        return safe.Length > 0 ? safe : "scenario";
    }
}
