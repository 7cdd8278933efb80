using System.Globalization;

namespace Sim.Host.Running;

/// <summary>
/// Picks a run's folder. An explicit <c>--out</c> is used as given (an existing one is refused without
/// <c>--force</c>). The default is <c>out/&lt;scenario&gt;-seed&lt;seed&gt;</c>; when that exists and <c>--force</c> is
/// not given, the first free <c>-2</c>, <c>-3</c>, ... is taken, so repeating a run never overwrites the earlier one.
/// </summary>
internal static class RunFolderChooser
{
    public const string DefaultParent = "out";

    /// <summary>The folder to write, and the default folder when it was taken and a numbered one chosen instead.</summary>
    public static (string Path, string? TakenDefault) Choose(string? explicitOut, string scenarioName, ulong seed, bool force, string parent = DefaultParent)
    {
        if (explicitOut is not null)
        {
            return (explicitOut, null);
        }

        var basePath = Path.Combine(parent, FormattableString.Invariant($"{Sanitize(scenarioName)}-seed{seed}"));
        if (force || !Exists(basePath))
        {
            return (basePath, null);
        }

        for (var n = 2; ; n++)
        {
            var candidate = basePath + "-" + n.ToString(CultureInfo.InvariantCulture);
            if (!Exists(candidate))
            {
                return (candidate, basePath);
            }
        }
    }

    private static bool Exists(string path) => Directory.Exists(path) || File.Exists(path);

    private static string Sanitize(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return new string([.. name.Select(c => invalid.Contains(c) || char.IsWhiteSpace(c) ? '_' : c)]);
    }
}
