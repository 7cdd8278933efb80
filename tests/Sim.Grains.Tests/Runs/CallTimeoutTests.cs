using Sim.Grains.Hosting;
using Sim.Grains.Tests.Infrastructure;

namespace Sim.Grains.Tests.Runs;

/// <summary>A call that takes longer than the cluster's call timeout fails with a message that names the grain.</summary>
public sealed class CallTimeoutTests
{
    [Fact]
    public async Task A_call_slower_than_the_timeout_fails_naming_the_grain_and_the_method()
    {
        // Synthesising the small scenario's twenty regions takes far longer than a millisecond.
        await using var cluster = await SimulationCluster.StartAsync(new SimulationClusterOptions { CallTimeout = TimeSpan.FromMilliseconds(1) });
        var spec = SmallRun.Spec("hung", outputPath: null);

        var e = await Assert.ThrowsAsync<TimeoutException>(() => RunDriver.RunAsync(cluster.Client, spec, progress: null, CancellationToken.None));

        Assert.Contains("hung", e.Message, StringComparison.Ordinal);
        Assert.Contains("StartAsync", e.Message, StringComparison.Ordinal);
    }
}
