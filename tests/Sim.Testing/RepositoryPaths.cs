namespace Sim.Testing;

/// <summary>Paths inside the checkout the tests run from, found by walking up from the test assembly to Simulation.sln.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root (the folder holding Simulation.sln).</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The <c>scenarios</c> folder.</summary>
    public static string Scenarios => Path.Combine(Root, "scenarios");

    /// <summary>The baseline scenario planners run.</summary>
    public static string Baseline => Scenario("baseline.yaml");

    /// <summary>The root scenario, which sets every key (baseline extends it through calibrated.yaml).</summary>
    public static string Base => Scenario("base.yaml");

    /// <summary>A file of the <c>scenarios</c> folder.</summary>
    public static string Scenario(string name) => Path.Combine(Scenarios, name);

    /// <summary>A path below the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The shared Parquet reader corpus (<c>../shared/parquet-testing</c> beside the checkout).</summary>
    public static string ParquetCorpus
    {
        get
        {
            var corpus = Path.GetFullPath(Path.Combine(Root, "..", "shared", "parquet-testing"));
            return Directory.Exists(corpus) ? corpus : throw new DirectoryNotFoundException($"reader corpus not found at {corpus}");
        }
    }

    /// <summary>A file of the corpus, e.g. <c>CorpusFile("good", "alltypes_plain.parquet")</c>.</summary>
    public static string CorpusFile(string folder, string name) => Path.Combine(ParquetCorpus, folder, name);

    /// <summary>The corpus's Parquet files in <paramref name="folder"/>, in ordinal order.</summary>
    public static IEnumerable<string> CorpusFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(ParquetCorpus, folder), "*.parquet").Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Simulation.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Simulation.sln not found above " + AppContext.BaseDirectory);
    }
}
