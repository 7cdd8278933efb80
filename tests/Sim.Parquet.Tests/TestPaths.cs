namespace Sim.Parquet.Tests;

/// <summary>Locates the shared reader corpus relative to the repository root (the folder holding Simulation.sln).</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> CorpusRoot = new(FindCorpus);

    public static string Corpus => CorpusRoot.Value;

    public static string CorpusFile(string folder, string name) => Path.Combine(Corpus, folder, name);

    public static IEnumerable<string> CorpusFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Corpus, folder), "*.parquet").Order(StringComparer.Ordinal);

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Simulation.sln")))
            {
                var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "parquet-testing"));
                return Directory.Exists(corpus)
                    ? corpus
                    : throw new DirectoryNotFoundException($"reader corpus not found at {corpus}");
            }
        }

        throw new DirectoryNotFoundException("Simulation.sln not found above " + AppContext.BaseDirectory);
    }
}
