namespace Sim.Model.Tests;

/// <summary>Locates the repository's scenarios and makes temporary scenario files.</summary>
internal static class TestFiles
{
    private static readonly Lazy<string> ScenariosDirectory = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "scenarios", "baseline.yaml")))
        {
            dir = dir.Parent;
        }

        return dir is null
            ? throw new InvalidOperationException("scenarios/baseline.yaml not found above " + AppContext.BaseDirectory)
            : Path.Combine(dir.FullName, "scenarios");
    });

    public static string Scenarios => ScenariosDirectory.Value;

    public static string Baseline => Path.Combine(Scenarios, "baseline.yaml");

    /// <summary>The root scenario, which sets every key (baseline extends it through calibrated.yaml).</summary>
    public static string Base => Path.Combine(Scenarios, "base.yaml");

    public static string Scenario(string name) => Path.Combine(Scenarios, name);
}

/// <summary>A temporary directory deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sim-model-tests-" + Environment.ProcessId + "-" + Interlocked.Increment(ref _counter));
        Directory.CreateDirectory(Path);
    }

    private static int _counter;

    public string Path { get; }

    /// <summary>Writes a file (LF line ends) and returns its full path.</summary>
    public string Write(string name, string text)
    {
        var full = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
