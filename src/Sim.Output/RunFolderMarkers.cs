using System.Text.Json;

namespace Sim.Output;

/// <summary>
/// How sim recognises folders it wrote, so that it only ever replaces or deletes those: a published run carries
/// <c>manifest.json</c> with <c>"format": "sim-run/1"</c>; a staging folder carries <see cref="StagingFileName"/>.
/// </summary>
public static class RunFolderMarkers
{
    /// <summary>The marker file inside a staging folder (removed just before the folder is published).</summary>
    public const string StagingFileName = ".sim-staging";

    /// <summary>The first line of <see cref="StagingFileName"/>.</summary>
    public const string StagingHeader = "sim run staging folder";

    /// <summary>Manifests larger than this are not ours (ours are a few kilobytes, a few megabytes at most).</summary>
    private const long MaxManifestBytes = 64L << 20;

    /// <summary>What is at <paramref name="path"/>, without following a link at the path itself.</summary>
    public static RunFolderTarget Classify(string path)
    {
        FileSystemInfo info = new DirectoryInfo(path);
        if (!info.Exists)
        {
            info = new FileInfo(path);
            if (!info.Exists && info.LinkTarget is null)
            {
                return RunFolderTarget.Missing;
            }

            return RunFolderTarget.NotAFolder;
        }

        if (info.LinkTarget is not null)
        {
            return RunFolderTarget.NotAFolder;
        }

        if (IsRunFolder(path))
        {
            return RunFolderTarget.RunFolder;
        }

        return Directory.EnumerateFileSystemEntries(path).Any() ? RunFolderTarget.OtherFolder : RunFolderTarget.EmptyFolder;
    }

    /// <summary>Whether <paramref name="folder"/> holds a manifest written by sim.</summary>
    public static bool IsRunFolder(string folder)
    {
        var manifest = new FileInfo(Path.Combine(folder, RunManifest.FileName));
        if (!manifest.Exists || manifest.LinkTarget is not null || manifest.Length > MaxManifestBytes)
        {
            return false;
        }

        try
        {
            using var stream = manifest.OpenRead();
            using var json = JsonDocument.Parse(stream);
            var root = json.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && (HasString(root, RunManifest.FormatKey, RunManifest.Format) || IsEarlierManifest(root));
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Whether <paramref name="folder"/> is a staging folder of sim (marker file, or an unpublished complete run).</summary>
    public static bool IsStagingFolder(string folder)
    {
        var marker = new FileInfo(Path.Combine(folder, StagingFileName));
        if (marker.Exists && marker.LinkTarget is null && marker.Length < 4096)
        {
            try
            {
                if (File.ReadAllText(marker.FullName).StartsWith(StagingHeader + "\n", StringComparison.Ordinal))
                {
                    return true;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        return IsRunFolder(folder);
    }

    /// <summary>Writes the staging marker into a new staging folder.</summary>
    internal static void MarkStaging(string folder, string finalPath) =>
        File.WriteAllText(Path.Combine(folder, StagingFileName),
            $"{StagingHeader}\npid {Environment.ProcessId}\nfor {finalPath}\nA run writes here and renames the folder when it completes; a leftover is removed by the next run in this folder.\n");

    /// <summary>Manifests written before the format marker existed: the fields only sim writes, together.</summary>
    private static bool IsEarlierManifest(JsonElement root) =>
        root.TryGetProperty("run", out var run) && run.ValueKind == JsonValueKind.String
        && root.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String
        && root.TryGetProperty("files", out var files) && files.ValueKind == JsonValueKind.Array
        && root.TryGetProperty("scenario", out var scenario) && scenario.ValueKind == JsonValueKind.Object
        && HasString(scenario, "resolved_file", RunManifest.ScenarioFileName);

    private static bool HasString(JsonElement element, string name, string value) =>
        element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String && property.GetString() == value;
}
