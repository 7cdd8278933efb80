namespace Sim.Host.Tests.Infrastructure;

/// <summary>Compares the data files of two run folders byte for byte.</summary>
internal static class RunFolderBytes
{
    /// <summary>Fails unless both folders hold the same Parquet files (same relative paths) with the same bytes.</summary>
    public static void AssertSameParquet(string expected, string actual)
    {
        var expectedFiles = Parquet(expected);
        Assert.NotEmpty(expectedFiles);
        Assert.Equal(expectedFiles, Parquet(actual));
        foreach (var file in expectedFiles)
        {
            var same = File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file)));
            Assert.True(same, $"{file} differs between {expected} and {actual}");
        }
    }

    private static List<string> Parquet(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.parquet", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];
}
