namespace Sim.Parquet.Interop.Tests.Infrastructure;

/// <summary>A fresh directory under the system temp folder, removed with everything in it on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    private static int counter;

    public TempDirectory(string prefix)
    {
        var name = $"{prefix}-{Environment.ProcessId}-{Interlocked.Increment(ref counter)}";
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sim-parquet-interop", name);
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }

        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
