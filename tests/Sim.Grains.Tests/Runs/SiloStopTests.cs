using Orleans;
using Orleans.Runtime;
using Sim.Grains.Runs;
using Sim.Grains.Tests.Infrastructure;

namespace Sim.Grains.Tests.Runs;

/// <summary>
/// A silo stopped between months of a three-silo run: the run either finishes with the undisturbed run's bytes or
/// fails with an error that says what was lost. (Resuming from checkpoints is the cluster-operations work.)
/// </summary>
public sealed class SiloStopTests
{
    [Fact]
    public async Task Stopping_a_silo_between_months_completes_identically_or_fails_naming_the_lost_region()
    {
        using var reference = new TempFolder("stop-reference");
        using var disturbed = new TempFolder("stop-disturbed");
        await SmallRun.OnGrainsAsync(SmallRun.Spec("stop", reference.Path, end: "2023-06"), silos: 1);

        await using var cluster = await SmallRun.StartClusterAsync(3);
        var run = cluster.Client.GetGrain<IRunGrain>("stop");
        await run.StartAsync(SmallRun.Spec("stop", disturbed.Path, end: "2023-06"));
        await run.AdvanceMonthAsync();
        await run.AdvanceMonthAsync();

        // Stop a silo that hosts regions but not the run grain.
        var management = cluster.Client.GetGrain<IManagementGrain>(0);
        var statistics = await management.GetDetailedGrainStatistics();
        var runSilo = statistics.Single(s => s.GrainId.Key.ToString() == "stop").SiloAddress;
        var victim = cluster.Silos.First(h => h.SiloAddress != runSilo
            && statistics.Any(s => s.GrainId.Key.ToString()!.StartsWith("stop/", StringComparison.Ordinal) && s.SiloAddress == h.SiloAddress));
        await cluster.StopSiloAsync(victim);

        Exception? failure = null;
        try
        {
            for (var finished = false; !finished;)
            {
                finished = (await run.AdvanceMonthAsync()).Finished;
            }

            await run.CompleteAsync();
        }
        catch (Exception e)
        {
            failure = e;
        }

        if (failure is null)
        {
            foreach (var file in Directory.GetFiles(reference.Path, "*.parquet", SearchOption.AllDirectories))
            {
                var other = Path.Combine(disturbed.Path, Path.GetRelativePath(reference.Path, file));
                Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(other)), $"{other} differs");
            }
        }
        else
        {
            Assert.Contains("has no state", failure.Message, StringComparison.Ordinal);
            Assert.Matches(@"region grain stop/\d+", failure.Message);
            await run.AbortAsync();
        }
    }
}
