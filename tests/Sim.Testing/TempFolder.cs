namespace Sim.Testing;

/// <summary>A fresh scratch folder under the system temp folder, deleted with everything in it on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    private static int s_counter;

    /// <summary>Creates the folder; <paramref name="name"/> makes leftovers recognisable.</summary>
    public TempFolder(string name = "tmp")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(),
            $"sim-tests-{Environment.ProcessId}-{name}-{Interlocked.Increment(ref s_counter)}");
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>A path inside the folder (not created).</summary>
    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes a text file (LF line ends), creating its folder; returns its full path.</summary>
    public string Write(string name, string text)
    {
        var full = Combine(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return full;
    }

    /// <summary>Deletes the folder.</summary>
    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
