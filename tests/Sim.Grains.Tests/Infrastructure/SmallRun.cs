using Sim.Grains.Hosting;
using Sim.Grains.Runs;
using Sim.Model;
using Sim.Model.Engine;

namespace Sim.Grains.Tests.Infrastructure;

/// <summary>Runs the small scenario through the grains and through the model's sequential driver.</summary>
internal static class SmallRun
{
    public static RunSpec Spec(string runId, string? outputPath, ulong? seed = null, string? end = null) =>
        new(runId, TestPaths.SmallScenario, seed, null, end, outputPath);

    public static async Task<RunResult> OnGrainsAsync(RunSpec spec, int silos, int threads, YearMonth? stopAfter = null)
    {
        await using var cluster = await SimulationCluster.StartAsync(new SimulationClusterOptions { Silos = silos, Threads = threads });
        return await RunDriver.RunAsync(cluster.Client, spec, progress: null, CancellationToken.None, stopAfter);
    }

    public static (SequentialDriver Driver, IReadOnlyList<MonthOutcome> Months) Sequential(RunSpec spec)
    {
        var driver = new SequentialDriver(ModelContext.Create(spec.LoadScenario()));
        return (driver, driver.RunToEnd());
    }
}
