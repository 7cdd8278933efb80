using System.Reflection;
using System.Text.Json;
using Sim.Output.Parts;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Output;

/// <summary>
/// <c>manifest.json</c>: what the run was (scenario, resolved scenario, every input file with its SHA-256, seed, scale,
/// months, code version), what it wrote (every file with its row count) and how long it took. The timings are the only non-deterministic part
/// of a run's outputs, which is why they live here and never in the Parquet files.
/// </summary>
public static class RunManifest
{
    /// <summary>The manifest's file name.</summary>
    public const string FileName = "manifest.json";

    /// <summary>The manifest key naming its format: the marker by which sim recognises its own run folders.</summary>
    public const string FormatKey = "format";

    /// <summary>The value of <see cref="FormatKey"/> (only a folder whose manifest has it may be replaced by <c>--force</c>).</summary>
    public const string Format = "sim-run/1";

    /// <summary>The resolved scenario's file name.</summary>
    public const string ScenarioFileName = "scenario.resolved.yaml";

    /// <summary>The code version written into manifests.</summary>
    public static string Version { get; } =
        typeof(RunManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(RunManifest).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>
    /// Writes the copies of the data files (<c>inputs/</c>), <c>scenario.resolved.yaml</c> pointing at them and
    /// <c>manifest.json</c> with every input's SHA-256 under <paramref name="root"/>.
    /// </summary>
    public static void Write(OutputRoot root, string runId, Scenario scenario, int regionCount, long personMonths,
        IReadOnlyList<OutputFileInfo> files, RunTimings timings)
    {
        var inputs = RunInputs.Of(scenario);
        RunInputs.Copy(root, inputs);
        var yaml = RunInputs.ResolvedYaml(scenario, inputs);
        File.WriteAllText(root.PathFor(ScenarioFileName), yaml);
        using var stream = new FileStream(root.PathFor(FileName), FileMode.CreateNew, FileAccess.Write);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString(FormatKey, Format);
        json.WriteString("run", runId);
        json.WriteString("version", Version);
        json.WriteStartObject("scenario");
        json.WriteString("name", scenario.Name);
        json.WriteString("description", scenario.Description);
        json.WriteString("source", scenario.SourcePath);
        json.WriteString("resolved_file", ScenarioFileName);
        json.WriteString("resolved", yaml);
        json.WriteEndObject();
        RunInputs.WriteJson(json, inputs);
        json.WriteNumber("seed", scenario.Seed);
        json.WriteNumber("scale", scenario.Population.Scale);
        json.WriteString("start", scenario.Start.ToString());
        json.WriteString("end", scenario.End.ToString());
        json.WriteNumber("months", scenario.MonthCount);
        json.WriteNumber("regions", regionCount);
        json.WriteNumber("person_months", personMonths);
        json.WriteStartObject("tables");
        foreach (var table in files.GroupBy(f => f.Table).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            json.WriteStartObject(table.Key);
            json.WriteNumber("files", table.Count());
            json.WriteNumber("rows", table.Sum(f => f.Rows));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("files");
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("path", file.Path);
            json.WriteString("table", file.Table);
            json.WriteNumber("rows", file.Rows);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("timings");
        json.WriteNumber("start_s", Math.Round(timings.Start.TotalSeconds, 3));
        json.WriteNumber("simulate_s", Math.Round(timings.Simulate.TotalSeconds, 3));
        json.WriteNumber("complete_s", Math.Round(timings.Complete.TotalSeconds, 3));
        json.WriteNumber("total_s", Math.Round(timings.Total.TotalSeconds, 3));
        json.WriteNumber("person_months_per_s", timings.Simulate > TimeSpan.Zero ? Math.Round(personMonths / timings.Simulate.TotalSeconds) : 0);
        if (timings.Regions is { } regions)
        {
            // Summed over region grains, which run in parallel: compare them with each other, not with total_s.
            json.WriteStartObject("region_phases_s");
            json.WriteNumber("synthesis", Math.Round(regions.Synthesis, 3));
            json.WriteNumber("advance", Math.Round(regions.Advance, 3));
            json.WriteNumber("receive", Math.Round(regions.Receive, 3));
            json.WriteNumber("output", Math.Round(regions.Output, 3));
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
