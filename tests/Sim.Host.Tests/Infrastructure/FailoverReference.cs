namespace Sim.Host.Tests.Infrastructure;

/// <summary>
/// The run the failover tests disturb, undisturbed: the small scenario to <see cref="End"/> with one embedded silo
/// (no checkpoints, no cluster), made once per test class with the real <c>sim</c> process.
/// </summary>
public sealed class FailoverReference : IAsyncLifetime
{
    /// <summary>Last month: 96 months, enough for a cluster run to last several seconds on a loaded machine.</summary>
    public const string End = "2030-12";

    /// <summary>The progress line printed after the first checkpoint (every 6 months) has been taken twice.</summary>
    public const string AfterCheckpoint = "month 12/96";

    private readonly TempFolder _temp = new("failover-reference");

    /// <summary>The run folder.</summary>
    public string Folder => _temp.Combine("embedded");

    public async Task InitializeAsync()
    {
        var (code, output) = await SimProcess.RunAsync(_temp.Path, "run", CliHarness.SmallScenario, "--end", End, "--out", Folder);
        Assert.True(code == 0, output);
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}
