using System.Security.Cryptography;

namespace Sim.Run.Bench.Macro;

/// <summary>SHA-256 of every Parquet file of a run folder, so that two runs can be shown to have written the same bytes.</summary>
internal static class ParquetDigest
{
    /// <summary>Hex digests by path relative to <paramref name="folder"/> ('/' separated), in ordinal path order.</summary>
    public static SortedDictionary<string, string> Of(string folder)
    {
        var digests = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.parquet", SearchOption.AllDirectories))
        {
            using var stream = File.OpenRead(file);
            var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            digests[relative] = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        return digests;
    }

    /// <summary>One digest over all files (paths and their digests), to print as the run's fingerprint.</summary>
    public static string Combined(IReadOnlyDictionary<string, string> digests)
    {
        var text = string.Concat(digests.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key}\t{d.Value}\n"));
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Paths whose digests differ between <paramref name="a"/> and <paramref name="b"/>, or that only one has.</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        [.. a.Keys.Union(b.Keys).Order(StringComparer.Ordinal)
            .Where(path => !a.TryGetValue(path, out var x) || !b.TryGetValue(path, out var y) || x != y)];
}
