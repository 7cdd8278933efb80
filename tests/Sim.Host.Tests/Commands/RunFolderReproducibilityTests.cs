using System.Security.Cryptography;
using System.Text.Json;
using Sim.Host.Tests.Infrastructure;

namespace Sim.Host.Tests.Commands;

/// <summary>A run folder is enough to check and rerun its run: input hashes, data copies, a resolved scenario that runs.</summary>
public sealed class RunFolderReproducibilityTests
{
    [Fact]
    public async Task The_manifest_hashes_every_input_and_the_folder_reruns_to_the_same_bytes()
    {
        using var temp = new TempFolder("repro");
        var first = temp.Combine("first");
        var (code, _, error) = await CliHarness.RunAsync(["run", CliHarness.SmallScenario, "--out", first, "--end", "2023-03", "--seed", "7"]);
        Assert.True(code == 0, error);

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(first, "manifest.json")));
        var inputs = manifest.RootElement.GetProperty("inputs").EnumerateArray().ToList();
        var scenarios = inputs.Where(i => i.GetProperty("role").GetString() == "scenario").Select(i => Path.GetFileName(i.GetProperty("source").GetString()!)).ToList();
        Assert.Equal("small.yaml", scenarios[0]);
        Assert.Contains("baseline.yaml", scenarios);
        Assert.Contains("calibrated.yaml", scenarios);
        Assert.Contains("base.yaml", scenarios);
        var data = inputs.Where(i => i.GetProperty("role").GetString() == "data").ToList();
        Assert.Contains(data, i => i.GetProperty("copy").GetString() == "inputs/regions.csv");
        foreach (var input in inputs)
        {
            var source = input.GetProperty("source").GetString()!;
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(source))), input.GetProperty("sha256").GetString());
            if (input.TryGetProperty("copy", out var copy))
            {
                Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(Path.Combine(first, copy.GetString()!)));
            }
        }

        var resolved = Path.Combine(first, "scenario.resolved.yaml");
        Assert.Contains("end: 2023-03", File.ReadAllText(resolved), StringComparison.Ordinal);
        Assert.Contains("seed: 7", File.ReadAllText(resolved), StringComparison.Ordinal);
        var (validate, _, validateError) = await CliHarness.RunAsync(["validate", resolved]);
        Assert.True(validate == 0, validateError);

        var second = temp.Combine("second");
        (code, _, error) = await CliHarness.RunAsync(["run", resolved, "--out", second]);
        Assert.True(code == 0, error);
        foreach (var table in new[] { "region_month", "flows" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(first, table)))
            {
                Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(second, table, Path.GetFileName(file))));
            }
        }
    }

    [Fact]
    public async Task A_live_replay_is_refused_when_a_data_file_changed_since_the_run()
    {
        using var temp = new TempFolder("changed-input");
        var scenarios = temp.Combine("scenarios");
        Directory.CreateDirectory(Path.Combine(scenarios, "data"));
        foreach (var file in Directory.GetFiles(Path.Combine(CliHarness.RepoRoot, "scenarios"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(scenarios, Path.GetFileName(file)));
        }

        foreach (var file in Directory.GetFiles(Path.Combine(CliHarness.RepoRoot, "scenarios", "data")))
        {
            File.Copy(file, Path.Combine(scenarios, "data", Path.GetFileName(file)));
        }

        var small = Path.Combine(scenarios, "small.yaml");
        File.WriteAllText(small, "name: small\nextends: baseline.yaml\nend: 2023-02\npopulation:\n  scale: 0.0005\n");
        var run = temp.Combine("run");
        var (code, _, error) = await CliHarness.RunAsync(["run", small, "--out", run]);
        Assert.True(code == 0, error);

        var vitalRates = Path.Combine(scenarios, "data", "vital_rates.csv");
        File.AppendAllText(vitalRates, "\n");
        (code, _, error) = await CliHarness.RunAsync(["person", run, "1", "--live"]);

        Assert.Equal(2, code);
        Assert.Contains($"{vitalRates} (data) has changed", error, StringComparison.Ordinal);
        Assert.Contains("scenario.resolved.yaml", error, StringComparison.Ordinal);
    }
}
