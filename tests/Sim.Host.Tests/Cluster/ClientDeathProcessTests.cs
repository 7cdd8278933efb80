using Sim.Host.Tests.Infrastructure;

namespace Sim.Host.Tests.Cluster;

/// <summary>
/// The submitting <c>sim run --cluster</c> process killed mid-run (SIGKILL: no abort sent): <c>sim cluster status</c>
/// still lists the run in flight, then the run grain's watchdog (<c>SIM_Silo__RunClientTimeout</c>, 20 s here) aborts
/// it: regions drop their state, every checkpoint in PostgreSQL is cleared, and the run leaves the status.
/// </summary>
[Collection(ProcessClusterCollection.Name)]
public sealed class ClientDeathProcessTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Run_of_a_killed_client_aborts_itself_and_clears_its_checkpoints()
    {
        var environment = new Dictionary<string, string> { ["SIM_Silo__RunClientTimeout"] = "00:00:20" };
        await using var cluster = await ProcessCluster.StartAsync("clientdeath", 3, environment);
        using (var run = cluster.SubmitRun(cluster.Folder.Combine("run"), "--end", FailoverReference.End, "--checkpoint-months", "6"))
        {
            await run.WaitForLineAsync(FailoverReference.AfterCheckpoint, Timeout);
            await run.KillAsync();
        }

        Assert.True(await StoredCheckpointsAsync(cluster) > 0, "the run had checkpointed before its client died");
        var during = await StatusAsync(cluster);
        Assert.Contains("cluster sim: 3 active silo(s)", during, StringComparison.Ordinal);
        Assert.Contains("runs in flight: 1", during, StringComparison.Ordinal);
        Assert.Contains("/96", during, StringComparison.Ordinal);

        await WaitAsync(() => cluster.Silos.Any(s => s.Output.Contains("the driver is taken for dead", StringComparison.Ordinal)), cluster);
        await WaitAsync(async () => await StoredCheckpointsAsync(cluster) == 0, cluster);
        var after = await StatusAsync(cluster);
        Assert.Contains("runs in flight: 0", after, StringComparison.Ordinal);
        Assert.All(cluster.Silos, s => Assert.False(s.HasExited, s.Output));
    }

    /// <summary>Grain states (the run's and its regions' checkpoints) with a payload in the cluster's storage.</summary>
    private static Task<long> StoredCheckpointsAsync(ProcessCluster cluster) =>
        cluster.Database.ScalarAsync<long>("SELECT count(*) FROM OrleansStorage WHERE PayloadBinary IS NOT NULL");

    private static async Task<string> StatusAsync(ProcessCluster cluster)
    {
        var (code, output) = await SimProcess.RunAsync(cluster.Folder.Path, "cluster", "status", "--cluster", cluster.Connection);
        Assert.True(code == 0, output);
        return output;
    }

    private static Task WaitAsync(Func<bool> condition, ProcessCluster cluster) => WaitAsync(() => Task.FromResult(condition()), cluster);

    private static async Task WaitAsync(Func<Task<bool>> condition, ProcessCluster cluster)
    {
        using var cancel = new CancellationTokenSource(Timeout);
        while (!await condition())
        {
            try
            {
                await Task.Delay(200, cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException("the run did not abort itself:\n" + string.Join("\n---\n", cluster.Silos.Select(s => s.Output)));
            }
        }
    }
}
