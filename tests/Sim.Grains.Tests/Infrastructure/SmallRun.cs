using Orleans.TestingHost;
using Sim.Grains.Checkpoints;
using Sim.Grains.Hosting;
using Sim.Grains.Runs;
using Sim.Model;
using Sim.Model.Engine;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Grains.Tests.Infrastructure;

/// <summary>Runs the small scenario through the grains (on an Orleans test cluster) and through the model's sequential driver.</summary>
internal static class SmallRun
{
    public static RunSpec Spec(string runId, string? outputPath, ulong? seed = null, string? end = null, int checkpointMonths = 0, OutputCompression? compression = null) =>
        RunSpec.For(runId, new ScenarioOverrides(seed, null, end is null ? null : YearMonth.Parse(end), compression).Apply(ScenarioLoader.Load(TestPaths.SmallScenario)),
            outputPath, checkpointMonths);

    public static async Task<RunResult> OnGrainsAsync(RunSpec spec, int silos, YearMonth? stopAfter = null)
    {
        await using var cluster = await StartClusterAsync(silos);
        return await RunDriver.RunAsync(cluster.Client, spec, progress: null, CancellationToken.None, stopAfter);
    }

    /// <summary>
    /// An in-process Orleans test cluster of <paramref name="silos"/> silos configured as production silos are, with
    /// one checkpoint store for all (as a database would be), and a client (its calls cross the serializer).
    /// </summary>
    public static async Task<InProcessTestCluster> StartClusterAsync(int silos)
    {
        var builder = new InProcessTestClusterBuilder(checked((short)silos));
        builder.Options.ConfigureFileLogging = false;
        var checkpoints = new ProcessMemoryGrainStorage();
        builder.ConfigureSilo((_, silo) => silo.AddSimulation(TimeSpan.FromMinutes(5), checkpoints));
        builder.ConfigureClient(client => client.Configure<Orleans.Configuration.ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(5)));
        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    public static (SequentialDriver Driver, IReadOnlyList<MonthOutcome> Months) Sequential(RunSpec spec)
    {
        var driver = new SequentialDriver(ModelContext.Create(spec.LoadScenario()));
        return (driver, driver.RunToEnd());
    }
}
