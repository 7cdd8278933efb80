using Orleans;
using Orleans.Runtime;
using Orleans.TestingHost;
using Sim.Grains.Regions;
using Sim.Grains.Runs;
using Sim.Grains.Tests.Infrastructure;

namespace Sim.Grains.Tests.Runs;

/// <summary>
/// Region grains hold the person snapshots they encode until the driver has written them. When a region's silo dies
/// before that, a run that checkpoints still has them: the regions' fresh activations hand over the copies stored with
/// the checkpoints, byte for byte the files of an undisturbed run, even when the snapshot month is not a checkpoint
/// month. Without checkpoints the call fails and says why.
/// </summary>
public sealed class SnapshotHandoverTests
{
    [Fact]
    public async Task Snapshots_not_yet_written_survive_a_killed_silo_when_the_run_checkpoints()
    {
        using var reference = new TempFolder("handover-reference");
        using var unused = new TempFolder("handover-unused");
        await SmallRun.OnGrainsAsync(SmallRun.Spec("handover", reference.Path), silos: 1);

        // Checkpoints every 5 months: months 5 and 10, not the December snapshot (month 12).
        var spec = SmallRun.Spec("handover", unused.Path, checkpointMonths: 5);
        await using var cluster = await SmallRun.StartClusterAsync(3);
        var december = await RunAllMonthsAsync(cluster, spec);
        var lost = await KillRegionSiloAsync(cluster, spec.RunId);

        foreach (var region in lost)
        {
            var grain = cluster.Client.GetGrain<IRegionGrain>(RegionKey.Format(spec.RunId, region));
            var file = await AskUntilAnsweredAsync(() => grain.TakeSnapshotAsync(december.MonthIndex));
            Assert.Equal(File.ReadAllBytes(Path.Combine(reference.Path, file.Path)), file.Chunks.SelectMany(c => c));

            await grain.ReleaseSnapshotAsync(december.MonthIndex);
            var e = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.TakeSnapshotAsync(december.MonthIndex));
            Assert.Contains("released already", e.Message, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.GetFileSystemEntries(unused.Path));
    }

    [Fact]
    public async Task Without_checkpoints_a_snapshot_lost_with_its_silo_fails_with_the_reason()
    {
        using var unused = new TempFolder("handover-nocheckpoint");
        var spec = SmallRun.Spec("handover-lost", unused.Path);
        await using var cluster = await SmallRun.StartClusterAsync(3);
        var december = await RunAllMonthsAsync(cluster, spec);
        var lost = await KillRegionSiloAsync(cluster, spec.RunId);

        var grain = cluster.Client.GetGrain<IRegionGrain>(RegionKey.Format(spec.RunId, lost[0]));
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => AskUntilAnsweredAsync(() => grain.TakeSnapshotAsync(december.MonthIndex)));
        Assert.Contains("holds no person snapshot of 2023-12", e.Message, StringComparison.Ordinal);
        Assert.Contains("keeps no checkpoints", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Runs every month through the run grain directly (no driver, so nobody takes the snapshots); returns the last.</summary>
    private static async Task<MonthReport> RunAllMonthsAsync(InProcessTestCluster cluster, RunSpec spec)
    {
        var run = cluster.Client.GetGrain<IRunGrain>(spec.RunId);
        var started = await run.StartAsync(spec);
        MonthReport? report = null;
        for (var month = started.StartMonthIndex; month <= started.EndMonthIndex; month++)
        {
            report = await run.AdvanceMonthAsync(month);
        }

        Assert.NotNull(report);
        Assert.True(report.Finished);
        Assert.All(report.Regions, r => Assert.True(r.SnapshotReady));
        return report;
    }

    /// <summary>Kills a silo that hosts regions but not the run grain; returns the indices of the regions it hosted.</summary>
    private static async Task<int[]> KillRegionSiloAsync(InProcessTestCluster cluster, string runId)
    {
        var statistics = await cluster.Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        var runSilo = statistics.Single(s => s.GrainId.Type.ToString() == "run" && s.GrainId.Key.ToString() == runId).SiloAddress;
        var regions = statistics.Where(s => s.GrainId.Type.ToString() == "region" && s.GrainId.Key.ToString()!.StartsWith(runId + "/", StringComparison.Ordinal)).ToList();
        var victim = cluster.Silos.First(h => h.SiloAddress != runSilo && regions.Any(s => s.SiloAddress == h.SiloAddress));
        int[] lost = [.. regions.Where(s => s.SiloAddress == victim.SiloAddress).Select(s => RegionKey.Parse(s.GrainId.Key.ToString()!).Region)];
        Assert.NotEmpty(lost);
        await cluster.KillSiloAsync(victim);
        return lost;
    }

    /// <summary>Asks again while the cluster has not yet noticed the dead silo (the call is lost or times out).</summary>
    private static async Task<T> AskUntilAnsweredAsync<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception e) when (attempt < 30 && e is not InvalidOperationException)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }
}
