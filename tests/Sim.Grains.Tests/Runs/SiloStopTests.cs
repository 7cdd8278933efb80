using Orleans;
using Orleans.Runtime;
using Orleans.TestingHost;
using Sim.Grains.Hosting;
using Sim.Grains.Tests.Infrastructure;

namespace Sim.Grains.Tests.Runs;

/// <summary>
/// A silo that stops or dies in the middle of a three-silo run that checkpoints every two months: the run resumes
/// from the last checkpoint on the survivors and writes exactly the bytes of an undisturbed run. Without
/// checkpoints the run fails with an error that says what was lost.
/// </summary>
public sealed class SiloStopTests
{
    public enum Victim
    {
        /// <summary>A silo that hosts regions but not the run grain.</summary>
        RegionSilo,

        /// <summary>The silo of the run grain (the driver's call is lost with it).</summary>
        RunGrainSilo,
    }

    [Theory]
    [InlineData(Victim.RegionSilo, false, 3)]
    [InlineData(Victim.RegionSilo, true, 3)]
    [InlineData(Victim.RunGrainSilo, true, 3)]

    // After month 7 the regions have cleared the checkpoints of months 2 and 4 (the run had passed 4 and 6): the run
    // resumes from the one slot each kept, month 6.
    [InlineData(Victim.RegionSilo, true, 7)]
    public async Task A_run_that_checkpoints_survives_a_stopped_or_killed_silo_with_identical_bytes(Victim victim, bool kill, int afterMonths)
    {
        using var reference = new TempFolder("stop-reference");
        using var disturbed = new TempFolder("stop-disturbed");
        await SmallRun.OnGrainsAsync(SmallRun.Spec("stop", reference.Path), silos: 1);

        await using var cluster = await SmallRun.StartClusterAsync(3);
        var spec = SmallRun.Spec("stop", disturbed.Path, checkpointMonths: 2);
        var progress = new StopAfterMonth(afterMonths, () => StopAsync(cluster, victim, kill));
        var result = await RunDriver.RunAsync(cluster.Client, spec, progress, CancellationToken.None);

        Assert.True(progress.Stopped);
        Assert.Equal(12, result.Months.Count);
        var files = Directory.GetFiles(reference.Path, "*.parquet", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var other = Path.Combine(disturbed.Path, Path.GetRelativePath(reference.Path, file));
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(other)), $"{other} differs from the undisturbed run");
        }
    }

    [Fact]
    public async Task Without_checkpoints_a_stopped_silo_fails_the_run_naming_the_lost_region()
    {
        using var folder = new TempFolder("stop-nocheckpoint");
        await using var cluster = await SmallRun.StartClusterAsync(3);
        var progress = new StopAfterMonth(2, () => StopAsync(cluster, Victim.RegionSilo, kill: false));

        var e = await Assert.ThrowsAnyAsync<Exception>(() => RunDriver.RunAsync(cluster.Client, SmallRun.Spec("lost", folder.Path), progress, CancellationToken.None));

        Assert.Contains("has no state", e.Message, StringComparison.Ordinal);
        Assert.Matches(@"region grain lost/\d+", e.Message);
    }

    private static async Task StopAsync(InProcessTestCluster cluster, Victim victim, bool kill)
    {
        var statistics = await cluster.Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        var runSilo = statistics.Single(s => !s.GrainId.Key.ToString()!.Contains('/', StringComparison.Ordinal)
            && s.GrainId.Type.ToString() == "run").SiloAddress;
        var target = victim == Victim.RunGrainSilo
            ? cluster.Silos.Single(h => h.SiloAddress == runSilo)
            : cluster.Silos.First(h => h.SiloAddress != runSilo
                && statistics.Any(s => s.GrainId.Type.ToString() == "region" && s.SiloAddress == h.SiloAddress));
        if (kill)
        {
            await cluster.KillSiloAsync(target);
        }
        else
        {
            await cluster.StopSiloAsync(target);
        }
    }

    /// <summary>Stops a silo (once) when the driver reports a given number of months done; runs inline in the driver's loop.</summary>
    private sealed class StopAfterMonth(int monthsDone, Func<Task> stop) : IProgress<RunProgress>
    {
        public bool Stopped { get; private set; }

        public void Report(RunProgress value)
        {
            if (!Stopped && value.MonthsDone == monthsDone)
            {
                Stopped = true;
                stop().GetAwaiter().GetResult();
            }
        }
    }
}
