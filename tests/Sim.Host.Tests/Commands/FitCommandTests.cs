using Sim.Host.Tests.Infrastructure;

namespace Sim.Host.Tests.Commands;

public sealed class FitCommandTests
{
    private static string Mobilisation => RepositoryPaths.Scenario("mobilisation-2022.yaml");

    private static string Observed => RepositoryPaths.Combine("scenarios", "observed");

    [Fact]
    public async Task A_backtest_writes_the_report_and_lists_every_target()
    {
        using var temp = new TempFolder("fit");
        var report = temp.Combine("report");

        var (code, output, error) = await CliHarness.RunAsync(
            ["fit", "--backtest", Mobilisation, Observed, "--seeds", "1", "--scale", "0.002", "--until", "2022-12", "--out", report]);

        Assert.True(code == 0, error);
        Assert.True(File.Exists(Path.Combine(report, "fit-report.md")));
        Assert.Contains("backtest mobilisation-2022: 1 seed(s) at scale 0.002", output, StringComparison.Ordinal);
        Assert.Matches(@"\d+ of \d+ targets pass", output);
    }

    [Theory]
    [InlineData("--seeds", "0", "--seeds 0")]
    [InlineData("--scale", "2.5", "--scale 2.5: allowed 0 < scale <= 2")]
    [InlineData("--until", "2022-13", "--until '2022-13': allowed a month YYYY-MM")]
    public async Task Bad_backtest_options_are_bad_input(string option, string value, string message)
    {
        var (code, _, error) = await CliHarness.RunAsync(["fit", "--backtest", Mobilisation, Observed, option, value]);
        Assert.Equal(2, code);
        Assert.Contains("sim fit: " + message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_that_is_not_a_run_is_bad_input_and_nothing_is_written()
    {
        using var temp = new TempFolder("fit");
        var (code, _, error) = await CliHarness.RunAsync(["fit", temp.Path, Observed]);
        Assert.Equal(2, code);
        Assert.Contains("is not a run folder", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public async Task Malformed_observed_data_are_bad_input_naming_file_and_line()
    {
        using var temp = new TempFolder("fit");
        foreach (var file in Directory.GetFiles(Observed))
        {
            File.Copy(file, temp.Combine(Path.GetFileName(file)));
        }

        var population = temp.Combine("population.csv");
        File.AppendAllText(population, "AST,2023-01-01,\"12,x\n");
        var lines = File.ReadAllLines(population).Length;

        var (code, _, error) = await CliHarness.RunAsync(["fit", "--backtest", Mobilisation, temp.Path, "--seeds", "1", "--scale", "0.002"]);

        Assert.Equal(2, code);
        Assert.Contains($"population.csv:{lines}:", error, StringComparison.Ordinal);
    }
}
