using Sim.Host.Tests.Infrastructure;

namespace Sim.Host.Tests.Commands;

/// <summary><c>sim fit --backtest</c> and <c>sim calibrate</c> hold --until and --scale to what <c>sim run</c> allows, before any work.</summary>
public sealed class InProcessRunInputTests
{
    private static string Observed => Path.Combine(CliHarness.RepoRoot, "scenarios", "observed");

    public static TheoryData<string, string, string> Cases() => new()
    {
        // --until before the start crashed the backtest with an ArgumentOutOfRangeException from Enumerable.Range.
        { "fit", "--until=1900-01", "sim fit: --until 1900-01: allowed a month from the scenario's start 2023-01 to 2050-12" },
        { "fit", "--until=2200-01", "sim fit: --until 2200-01: allowed a month from the scenario's start 2023-01 to 2050-12" },
        { "fit", "--scale=0.0000001", "sim fit: --scale 1E-07: at scale 1E-07 region ULY" },
        { "calibrate", "--until=1900-01", "sim calibrate: --until 1900-01: allowed a month from the scenario's start 2023-01 to 2050-12" },
        { "calibrate", "--scale=0.0000001", "sim calibrate: --scale 1E-07: at scale 1E-07 region ULY" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Out_of_range_values_are_refused_with_one_line_and_nothing_written(string command, string option, string expected)
    {
        using var temp = new TempFolder("in-process-inputs");
        var output = temp.Combine(command == "fit" ? "fit" : "calibrated.yaml");
        string[] args = command == "fit"
            ? ["fit", CliHarness.SmallScenario, Observed, "--backtest", "--seeds", "1", "--out", output, option]
            : ["calibrate", CliHarness.SmallScenario, Observed, "--out", output, "--max-evaluations", "1", option];

        var (code, stdout, error) = await CliHarness.RunAsync(args);

        Assert.Equal(2, code);
        Assert.StartsWith(expected, Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.DoesNotContain("seed 1", stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }
}
