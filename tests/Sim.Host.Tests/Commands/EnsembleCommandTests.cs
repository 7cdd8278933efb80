using System.Globalization;
using System.Text.Json.Nodes;
using Sim.Host.Tests.Infrastructure;
using Sim.Parquet;

namespace Sim.Host.Tests.Commands;

/// <summary><c>sim ensemble</c>: members as concurrent runs on the cluster, the ensemble folder, parameter draws, determinism, bad input.</summary>
public sealed class EnsembleCommandTests
{
    [Fact]
    public async Task An_ensemble_writes_members_and_quantile_tables_with_the_same_bytes_on_one_or_two_silos()
    {
        using var temp = new TempFolder("ensemble");
        var one = temp.Combine("one");
        var two = temp.Combine("two");
        var (code1, _, error1) = await CliHarness.RunAsync(["ensemble", CliHarness.SmallScenario, "--members", "3", "--end", "2023-03", "--out", one]);
        var (code2, _, error2) = await CliHarness.RunAsync(["ensemble", CliHarness.SmallScenario, "--members", "3", "--end", "2023-03", "--out", two, "--silos", "2", "--concurrency", "1"]);

        Assert.True(code1 == 0, error1);
        Assert.True(code2 == 0, error2);
        Assert.Equal(["seed-20230101", "seed-20230102", "seed-20230103"],
            Directory.GetDirectories(Path.Combine(one, "members")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(one, "summary", "region_month_quantiles.parquet")));
        Assert.True(File.Exists(Path.Combine(one, "summary", "national_month_quantiles.parquet")));
        Assert.DoesNotContain(Directory.GetFiles(one, "*.parquet", SearchOption.AllDirectories), f => f.Contains("persons", StringComparison.Ordinal));
        var files = Directory.GetFiles(one, "*.parquet", SearchOption.AllDirectories);
        Assert.True(files.Length > 100);
        foreach (var file in files)
        {
            var other = Path.Combine(two, Path.GetRelativePath(one, file));
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(other)), $"{other} differs");
        }

        // Nothing but the two ensembles is left beside them (the members' staging folders are gone).
        Assert.Equal([one, two], Directory.GetFileSystemEntries(temp.Path).Order(StringComparer.Ordinal));
        AssertDrawsAreRecordedAndApplied(one);
        Assert.True(JsonNode.DeepEquals(ReadManifest(one)["members"], ReadManifest(two)["members"]));
    }

    /// <summary>
    /// small.yaml extends baseline.yaml, which extends calibrated.yaml: the members draw the 7 calibrated parameters
    /// with calibrated.uncertainty.csv's errors; the manifest, parameters.parquet and each member's resolved scenario agree.
    /// </summary>
    private static void AssertDrawsAreRecordedAndApplied(string ensemble)
    {
        var manifest = ReadManifest(ensemble);
        Assert.Equal("drawn", (string?)manifest["parameters"]!["mode"]);
        Assert.EndsWith("calibrated.uncertainty.csv", (string?)manifest["parameters"]!["uncertainty_file"], StringComparison.Ordinal);
        var distributions = manifest["parameters"]!["distributions"]!.AsArray();
        Assert.Equal(7, distributions.Count);
        Assert.All(distributions, d => Assert.Equal("curvature", (string?)d!["source"]));
        using var table = ParquetFileReader.Open(Path.Combine(ensemble, "parameters.parquet"));
        var seeds = table.ReadAll<ulong>("seed");
        var keys = table.ReadAllStrings("parameter");
        var values = table.ReadAll<double>("value");
        Assert.Equal(3 * 7, seeds.Length);
        foreach (var member in manifest["members"]!.AsArray())
        {
            var seed = (ulong)member!["seed"]!;
            var drawn = member["parameters"]!.AsObject();
            Assert.Equal(7, drawn.Count);
            var resolved = File.ReadAllText(Path.Combine(ensemble, (string)member["path"]!, "scenario.resolved.yaml"));
            foreach (var (key, node) in drawn)
            {
                var value = (double)node!;
                var distribution = distributions.Single(d => (string?)d!["key"] == key)!;
                Assert.InRange(value, (double)distribution["lower"]!, (double)distribution["upper"]!);
                Assert.Equal(value, values[Enumerable.Range(0, seeds.Length).Single(i => seeds[i] == seed && keys[i] == key)]);
                Assert.Contains($"{key[(key.LastIndexOf('.') + 1)..]}: {value.ToString("R", CultureInfo.InvariantCulture)}\n", resolved, StringComparison.Ordinal);
            }
        }

        // Each member has its own draw.
        Assert.Equal(3, manifest["members"]!.AsArray().Select(m => (double)m!["parameters"]!["relocation.beta_wage"]!).Distinct().Count());
    }

    private static JsonNode ReadManifest(string ensemble) => JsonNode.Parse(File.ReadAllText(Path.Combine(ensemble, "manifest.json")))!;

    [Fact]
    public async Task With_fixed_parameters_members_differ_by_seed_only()
    {
        using var temp = new TempFolder("ensemble-fixed");
        var target = temp.Combine("e");

        var (code, _, error) = await CliHarness.RunAsync(["ensemble", CliHarness.SmallScenario, "--members", "2", "--end", "2023-02", "--out", target, "--parameters", "fixed"]);

        Assert.True(code == 0, error);
        var manifest = ReadManifest(target);
        Assert.Equal("fixed", (string?)manifest["parameters"]!["mode"]);
        Assert.Empty(manifest["parameters"]!["distributions"]!.AsArray());
        Assert.All(manifest["members"]!.AsArray(), m => Assert.Null(m!["parameters"]));
        Assert.False(File.Exists(Path.Combine(target, "parameters.parquet")));
        var resolved = Directory.GetDirectories(Path.Combine(target, "members")).Select(m => File.ReadAllText(Path.Combine(m, "scenario.resolved.yaml"))).ToList();
        Assert.All(resolved, r => Assert.Contains("beta_wage: 0.7055\n", r, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--members", "0", "--members 0: allowed 1 to 500")]
    [InlineData("--seed", "-1", "--seed -1: allowed")]
    [InlineData("--scale", "3", "--scale 3: allowed 0 < scale <= 2")]
    [InlineData("--parameters", "random", "--parameters random: allowed drawn or fixed")]
    public async Task Bad_options_exit_2_and_write_nothing(string option, string value, string message)
    {
        using var temp = new TempFolder("ensemble-bad");
        var args = new List<string> { "ensemble", CliHarness.SmallScenario, "--out", temp.Combine("e"), "--end", "2023-02" };
        if (option != "--members")
        {
            args.AddRange(["--members", "2"]);
        }

        args.AddRange([option, value]);
        var (code, _, error) = await CliHarness.RunAsync([.. args]);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public async Task A_bad_uncertainty_sidecar_exits_2_naming_its_line_and_writes_nothing()
    {
        using var temp = new TempFolder("ensemble-bad-sidecar");
        var scenario = temp.Write(Path.Combine("in", "policy.yaml"), $"name: policy\nextends: \"{CliHarness.SmallScenario}\"\n");
        temp.Write(Path.Combine("in", "policy.uncertainty.csv"), "key,value,standard_error,lower,upper,source\nrelocation.beta_wage,0.7,-1,0,4,curvature\n");

        var (code, _, error) = await CliHarness.RunAsync(["ensemble", scenario, "--members", "2", "--end", "2023-02", "--out", temp.Combine("e")]);

        Assert.Equal(2, code);
        Assert.Contains("policy.uncertainty.csv:2: column 'standard_error': -1 is not allowed", error, StringComparison.Ordinal);
        Assert.Equal([temp.Combine("in")], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public async Task An_existing_folder_is_refused()
    {
        using var temp = new TempFolder("ensemble-exists");
        var target = temp.Combine("e");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "thesis.txt"), "mine");

        var (code, _, error) = await CliHarness.RunAsync(["ensemble", CliHarness.SmallScenario, "--members", "2", "--out", target]);

        Assert.Equal(2, code);
        Assert.Contains("exists", error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(target, "thesis.txt")));
        Assert.Single(Directory.GetFileSystemEntries(temp.Path));
    }
}
