using System.Text.Json.Nodes;
using Sim.Reporting.Ensembles;

namespace Sim.Host.Tests.Infrastructure;

/// <summary>
/// Real run folders for the report tests, made once per test class with the CLI in process: an ensemble of three
/// members (seeds 1-3, assembled as the ensemble runner will), a single run of seed 4 over the same months, and a
/// run of seed 5 that stops a month earlier (a different period).
/// </summary>
public sealed class ReportRuns : IAsyncLifetime
{
    private readonly TempFolder _temp = new("report-runs");

    public string Ensemble => _temp.Combine("ensemble");

    public string Single => _temp.Combine("single");

    public string Shorter => _temp.Combine("shorter");

    public string Root => _temp.Path;

    public async Task InitializeAsync()
    {
        var members = new List<string>();
        foreach (var seed in new[] { 1, 2, 3 })
        {
            members.Add(await Run(seed, "2023-03", _temp.Combine($"member-{seed}")));
        }

        EnsembleFolder.Assemble(members, new JsonObject { ["scenario"] = "grains-small" }, Ensemble);
        await Run(4, "2023-03", Single);
        await Run(5, "2023-02", Shorter);
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    private static async Task<string> Run(int seed, string end, string folder)
    {
        var (code, output, error) = await CliHarness.RunAsync(["run", CliHarness.SmallScenario, "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--end", end, "--out", folder]);
        return code == 0 ? folder : throw new InvalidOperationException($"sim run failed ({code}): {error}{output}");
    }
}
