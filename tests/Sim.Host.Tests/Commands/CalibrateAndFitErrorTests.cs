using Sim.Host.Tests.Infrastructure;

namespace Sim.Host.Tests.Commands;

/// <summary>Bad output targets and corrupt inputs of <c>sim calibrate</c> and <c>sim fit</c>: one line, exit 2, before any work.</summary>
public sealed class CalibrateAndFitErrorTests
{
    private static string Observed => Path.Combine(CliHarness.RepoRoot, "scenarios", "observed");

    [Fact]
    public async Task Calibrate_refuses_a_folder_as_its_output_before_calibrating()
    {
        using var temp = new TempFolder("calibrate-out");
        var (code, output, error) = await CliHarness.RunAsync(
            ["calibrate", Path.Combine(CliHarness.RepoRoot, "scenarios", "mobilisation-2022.yaml"), Observed, "--out", temp.Path, "--max-evaluations", "1"]);

        Assert.Equal(2, code);
        Assert.Contains("is a folder", error, StringComparison.Ordinal);
        Assert.DoesNotContain("eval", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public async Task Fit_names_a_corrupt_region_month_file()
    {
        using var temp = new TempFolder("fit-corrupt");
        var dir = temp.Combine("run");
        await CliHarness.RunSmallAsync(dir);
        var part = Path.Combine(dir, "region_month", "part-03.parquet");
        File.WriteAllBytes(part, [.. File.ReadAllBytes(part).Skip(50)]);

        var (code, _, error) = await CliHarness.RunAsync(["fit", dir, Observed, "--out", temp.Combine("fit")]);

        Assert.Equal(2, code);
        Assert.Contains(part, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("fit")));
    }
}
