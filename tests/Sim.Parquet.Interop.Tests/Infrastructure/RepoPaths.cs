namespace Sim.Parquet.Interop.Tests.Infrastructure;

/// <summary>Locations the interop tests need, found from the test assembly by walking up to Simulation.sln.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>The shared reader corpus lives beside the checkout (../shared/parquet-testing), never inside it.</summary>
    public static string CorpusDirectory => Path.GetFullPath(Path.Combine(Root, "..", "shared", "parquet-testing"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Simulation.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"Simulation.sln not found above {AppContext.BaseDirectory}; the interop tests must run from a checkout.");
    }
}
