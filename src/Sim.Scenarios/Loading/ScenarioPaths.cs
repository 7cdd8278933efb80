using Sim.Model;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>Resolves file paths written in scenarios relative to the file that names them.</summary>
internal static class ScenarioPaths
{
    /// <summary>The full path of a path scalar, relative to the directory of the file it was written in.</summary>
    public static string Resolve(SourceScalar scalar) => Resolve(scalar.File, scalar.Text);

    /// <summary>The full path of <paramref name="relative"/> seen from the directory of <paramref name="file"/>.</summary>
    public static string Resolve(string file, string relative) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".", relative));

    /// <summary>How to show a path in messages: relative to the working directory when below it.</summary>
    public static string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative;
    }
}
