using Sim.Host.Tests.Infrastructure;

namespace Sim.Host.Tests.Cluster;

/// <summary>
/// A run submitted with <c>sim run --cluster</c> to three <c>sim silo</c> processes survives losing a silo (SIGKILL or
/// SIGTERM) or gaining one mid-run, after its first checkpoints: it exits 0 and its Parquet files have the bytes of
/// the same run embedded in one process.
/// </summary>
[Collection(ProcessClusterCollection.Name)]
public sealed class SiloFailoverProcessTests(FailoverReference reference) : IClassFixture<FailoverReference>
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Killed_silo_run_finishes_with_the_embedded_bytes()
    {
        await using var cluster = await ProcessCluster.StartAsync("kill", 3);
        var folder = cluster.Folder.Combine("run");
        using var run = cluster.SubmitRun(folder, "--end", FailoverReference.End, "--checkpoint-months", "6");
        await run.WaitForLineAsync(FailoverReference.AfterCheckpoint, RunTimeout);
        await cluster.Silos[1].KillAsync();

        Assert.True(await run.WaitForExitAsync(RunTimeout) == 0, run.Output);
        RunFolderBytes.AssertSameParquet(reference.Folder, folder);
        // The kill hit the run: a surviving silo brought it back to a checkpoint.
        Assert.Contains(cluster.Silos.Where(s => !s.HasExited), s => s.Output.Contains("resuming from the", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stopped_silo_run_finishes_with_the_embedded_bytes()
    {
        await using var cluster = await ProcessCluster.StartAsync("term", 3);
        var folder = cluster.Folder.Combine("run");
        using var run = cluster.SubmitRun(folder, "--end", FailoverReference.End, "--checkpoint-months", "6");
        await run.WaitForLineAsync(FailoverReference.AfterCheckpoint, RunTimeout);
        await cluster.Silos[2].SignalAsync("TERM");

        Assert.True(await run.WaitForExitAsync(RunTimeout) == 0, run.Output);
        RunFolderBytes.AssertSameParquet(reference.Folder, folder);
        // A signal ends every sim command with 130, after a graceful stop here (docs/cluster.md: SuccessExitStatus=130).
        Assert.Equal(130, await cluster.Silos[2].WaitForExitAsync(RunTimeout));
        Assert.Contains("silo stopped", cluster.Silos[2].Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Silo_added_mid_run_changes_no_byte()
    {
        await using var cluster = await ProcessCluster.StartAsync("scaleout", 3);
        var folder = cluster.Folder.Combine("run");
        using var run = cluster.SubmitRun(folder, "--end", FailoverReference.End, "--checkpoint-months", "6");
        await run.WaitForLineAsync(FailoverReference.AfterCheckpoint, RunTimeout);
        var added = await cluster.StartSiloAsync();

        Assert.True(await run.WaitForExitAsync(RunTimeout) == 0, run.Output);
        RunFolderBytes.AssertSameParquet(reference.Folder, folder);
        Assert.False(added.HasExited, added.Output);
    }
}
