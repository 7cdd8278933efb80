using Sim.Host.Tests.Infrastructure;

namespace Sim.Host.Tests.Commands;

/// <summary><c>sim ensemble</c>: members as concurrent runs on the cluster, the ensemble folder, determinism, bad input.</summary>
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
    }

    [Theory]
    [InlineData("--members", "0", "--members 0: allowed 1 to 500")]
    [InlineData("--seed", "-1", "--seed -1: allowed")]
    [InlineData("--scale", "2", "--scale 2: allowed 0 < scale <= 1")]
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
