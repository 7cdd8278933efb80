using Sim.Host.Cli;

namespace Sim.Host.Tests.Infrastructure;

/// <summary>Runs the <c>sim</c> command line in-process with captured output.</summary>
internal static class CliHarness
{
    public static string RepoRoot => RepositoryPaths.Root;

    public static string SmallScenario => Path.Combine(RepoRoot, "tests", "Sim.Grains.Tests", "Scenarios", "small.yaml");

    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(string[] args, CancellationToken cancellationToken = default, TextWriter? output = null, int width = 200)
    {
        var stdout = output ?? new StringWriter();
        var stderr = new StringWriter();
        var code = await SimCli.InvokeAsync(args, CliConsole.ForWriters(stdout, stderr, width), cancellationToken);
        return (code, stdout.ToString()!, stderr.ToString());
    }

    /// <summary>Runs the small scenario for two months into <paramref name="folder"/>; fails the test if the run fails.</summary>
    public static async Task RunSmallAsync(string folder)
    {
        var (code, _, error) = await RunAsync(["run", SmallScenario, "--out", folder, "--end", "2023-02"]);
        Assert.True(code == 0, error);
    }
}
