using System.Security.Cryptography;
using System.Text.Json;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Output;

/// <summary>
/// What makes a run folder enough to check and rerun the run: the SHA-256 of every input (the scenario files of the
/// chain and the data files), copies of the data files under <c>inputs/</c>, and a resolved scenario whose data paths
/// point at those copies, so <c>sim validate RUN/scenario.resolved.yaml</c> and <c>sim run</c> work from the folder.
/// </summary>
public static class RunInputs
{
    /// <summary>The folder of the data copies inside a run folder.</summary>
    public const string Folder = "inputs";

    /// <summary>The manifest key of the input list.</summary>
    public const string ManifestKey = "inputs";

    /// <summary>The inputs of <paramref name="scenario"/> with their current hashes and the names their copies get.</summary>
    public static IReadOnlyList<RunInput> Of(Scenario scenario)
    {
        var inputs = new List<RunInput>();
        foreach (var file in ScenarioInputs.ScenarioFiles(scenario))
        {
            inputs.Add(new RunInput("scenario", file, null, Sha256(File.ReadAllBytes(file))));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in ScenarioInputs.DataFiles(scenario))
        {
            var name = Path.GetFileName(file);
            for (var n = 2; !names.Add(name); n++)
            {
                name = FormattableString.Invariant($"{Path.GetFileNameWithoutExtension(file)}-{n}{Path.GetExtension(file)}");
            }

            inputs.Add(new RunInput("data", file, Folder + "/" + name, Sha256(File.ReadAllBytes(file))));
        }

        return inputs;
    }

    /// <summary>The resolved scenario as written into the run folder: data paths point at the copies.</summary>
    public static string ResolvedYaml(Scenario scenario, IReadOnlyList<RunInput> inputs)
    {
        var copies = inputs.Where(i => i.Copy is not null).ToDictionary(i => i.Source, i => i.Copy!, StringComparer.Ordinal);
        return scenario.ToResolvedYaml(full => copies.TryGetValue(full, out var copy)
            ? copy
            : throw new InvalidOperationException($"data file {full} is not among the run's inputs"));
    }

    /// <summary>Copies the data files into the run folder; fails if one changed since <paramref name="inputs"/> hashed it.</summary>
    /// <exception cref="IOException">A data file changed during the run.</exception>
    public static void Copy(OutputRoot root, IReadOnlyList<RunInput> inputs)
    {
        foreach (var input in inputs.Where(i => i.Copy is not null))
        {
            var bytes = File.ReadAllBytes(input.Source);
            if (Sha256(bytes) != input.Sha256)
            {
                throw new IOException($"{input.Source} changed while the run was being written; rerun it");
            }

            File.WriteAllBytes(root.PathFor(input.Copy!), bytes);
        }
    }

    /// <summary>Writes the input list as the manifest's <see cref="ManifestKey"/> array.</summary>
    public static void WriteJson(Utf8JsonWriter json, IReadOnlyList<RunInput> inputs)
    {
        json.WriteStartArray(ManifestKey);
        foreach (var input in inputs)
        {
            json.WriteStartObject();
            json.WriteString("role", input.Role);
            json.WriteString("source", input.Source);
            if (input.Copy is not null)
            {
                json.WriteString("copy", input.Copy);
            }

            json.WriteString("sha256", input.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The inputs a manifest records (empty for runs made before inputs were recorded).</summary>
    public static IReadOnlyList<RunInput> FromManifest(JsonElement manifest)
    {
        if (!manifest.TryGetProperty(ManifestKey, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. list.EnumerateArray().Select(i => new RunInput(
            i.GetProperty("role").GetString()!,
            i.GetProperty("source").GetString()!,
            i.TryGetProperty("copy", out var copy) ? copy.GetString() : null,
            i.GetProperty("sha256").GetString()!))];
    }

    /// <summary>
    /// The recorded inputs whose file now differs from the run's (changed, or gone), one line each: a replay of the
    /// run from its sources would not reproduce it.
    /// </summary>
    public static IReadOnlyList<string> Changed(IReadOnlyList<RunInput> inputs)
    {
        var changed = new List<string>();
        foreach (var input in inputs)
        {
            if (!File.Exists(input.Source))
            {
                changed.Add($"{input.Source} ({input.Role}) is gone");
            }
            else if (Sha256(File.ReadAllBytes(input.Source)) != input.Sha256)
            {
                changed.Add($"{input.Source} ({input.Role}) has changed (SHA-256 differs from the run's)");
            }
        }

        return changed;
    }

    /// <summary>SHA-256 of <paramref name="bytes"/>, lower-case hex.</summary>
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
