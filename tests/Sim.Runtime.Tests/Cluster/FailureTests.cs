using Sim.Runtime.Tests.Grains;
using Sim.Runtime.Tests.Infrastructure;

namespace Sim.Runtime.Tests.Cluster;

public sealed class FailureTests
{
    private static readonly string[] Keys = Enumerable.Range(0, 300).Select(i => $"k{i}").ToArray();

    [Fact]
    public async Task Killing_a_silo_mid_traffic_fails_its_calls_clearly_and_its_grains_come_back_elsewhere()
    {
        await using var cluster = ClusterFixture.NewBuilder(3, new LifecycleLog()).Build();
        await cluster.DeployAsync();
        await Task.WhenAll(Keys.Select(k => cluster.Client.GetGrain<ICounterGrain>(k).Add(0)));
        var victim = cluster.Silos[2];
        var victimKeys = await KeysOnAsync(cluster.Client, victim.Name);
        Assert.NotEmpty(victimKeys);

        var outcome = new TrafficOutcome();
        using var stop = new CancellationTokenSource();
        var traffic = Traffic.Run([cluster.Client, cluster.Silos[0].GrainFactory, cluster.Silos[1].GrainFactory], Keys, outcome, stop.Token);
        await Eventually.True(() => Interlocked.Read(ref outcome.Succeeded) > 500, "traffic flowing");

        await cluster.KillSiloAsync(victim);
        await cluster.WaitForLivenessToStabilizeAsync();
        var afterStable = Interlocked.Read(ref outcome.Succeeded);
        await Eventually.True(() => Interlocked.Read(ref outcome.Succeeded) > afterStable + 500, "traffic flowing after the failure");
        await stop.CancelAsync();
        await Eventually.Within(traffic, TimeSpan.FromSeconds(30));

        Assert.True(outcome.Hung == 0 && outcome.Unexpected.IsEmpty, outcome.ToString());
        Assert.Equal(2, cluster.Silos.Count);

        // Every grain answers again; those of the dead silo were re-activated on survivors with fresh state.
        var where = await Task.WhenAll(Keys.Select(k => cluster.Client.GetGrain<ICounterGrain>(k).WhereAmI().AsTask()));
        Assert.DoesNotContain(victim.Name, where);
        var table = await cluster.Cluster.MembershipTable.ReadAll();
        Assert.Equal(SiloStatus.Dead, table.TryGet(victim.SiloAddress)!.Value.Entry.Status);
    }

    [Fact]
    public async Task Adding_a_silo_mid_traffic_loses_no_call()
    {
        await using var cluster = ClusterFixture.NewBuilder(2, new LifecycleLog()).Build();
        await cluster.DeployAsync();
        var outcome = new TrafficOutcome();
        using var stop = new CancellationTokenSource();
        var traffic = Traffic.Run([cluster.Client, cluster.Silos[0].GrainFactory], Keys, outcome, stop.Token);
        await Eventually.True(() => Interlocked.Read(ref outcome.Succeeded) > 500, "traffic flowing");

        var added = await cluster.StartAdditionalSiloAsync();
        await cluster.WaitForLivenessToStabilizeAsync();
        var afterJoin = Interlocked.Read(ref outcome.Succeeded);
        await Eventually.True(() => Interlocked.Read(ref outcome.Succeeded) > afterJoin + 500, "traffic flowing after the join");

        // New grains land on the new silo too.
        await Task.WhenAll(Enumerable.Range(0, 300).Select(i => cluster.Client.GetGrain<ICounterGrain>($"new-{i}").Add(1)));
        await stop.CancelAsync();
        await Eventually.Within(traffic, TimeSpan.FromSeconds(30));

        Assert.True(outcome.Hung == 0 && outcome.SiloUnavailable == 0 && outcome.Unexpected.IsEmpty, outcome.ToString());
        Assert.True(added.ActivationCount > 0);
    }

    [Fact]
    public async Task Stopping_a_silo_gracefully_deactivates_its_grains_and_they_continue_elsewhere()
    {
        var log = new LifecycleLog();
        await using var cluster = ClusterFixture.NewBuilder(3, log).Build();
        await cluster.DeployAsync();
        var grains = Enumerable.Range(0, 60).Select(i => cluster.Client.GetGrain<ILifecycleGrain>(i)).ToArray();
        await Task.WhenAll(grains.Select(g => g.Add(1)));
        var leaving = cluster.Silos[1];
        var hosted = (await Task.WhenAll(grains.Select(g => g.SiloName()))).Count(n => n == leaving.Name);
        Assert.True(hosted > 0);

        var outcome = new TrafficOutcome();
        using var stop = new CancellationTokenSource();
        var traffic = Traffic.Run([cluster.Client], Keys, outcome, stop.Token);
        await cluster.StopSiloAsync(leaving);
        await cluster.WaitForLivenessToStabilizeAsync();
        await stop.CancelAsync();
        await Eventually.Within(traffic, TimeSpan.FromSeconds(30));

        Assert.Equal(hosted, log.Deactivations.Count(d => d.Silo == leaving.Name && d.Reason == DeactivationReasonCode.ShuttingDown));
        Assert.True(outcome.Hung == 0 && outcome.Unexpected.IsEmpty, outcome.ToString());
        var where = await Task.WhenAll(grains.Select(g => g.SiloName()));
        Assert.DoesNotContain(leaving.Name, where);
        var table = await cluster.Cluster.MembershipTable.ReadAll();
        Assert.Equal(SiloStatus.Dead, table.TryGet(leaving.SiloAddress)!.Value.Entry.Status);
    }

    [Fact]
    public async Task A_call_waiting_on_a_killed_silo_fails_at_once_instead_of_hanging()
    {
        await using var cluster = ClusterFixture.NewBuilder(2, new LifecycleLog()).Build();
        await cluster.DeployAsync();
        var victim = cluster.Silos[1];
        var gate = new TaskCompletionSource();
        var key = "held-" + Guid.NewGuid().ToString("N");
        GateGrain.Gates[key] = gate;

        // Activate the gate grain on the victim, hold a request open inside it, then kill the victim.
        var grain = victim.GrainFactory.GetGrain<IGateGrain>(key);
        while (victim.ActivationCount == 0 || !victim.Silo.Catalog.TryGetConfirmed(GrainId.Create("gate", key), out _))
        {
            key = "held-" + Guid.NewGuid().ToString("N");
            GateGrain.Gates[key] = gate;
            grain = victim.GrainFactory.GetGrain<IGateGrain>(key);
            await grain.Peek();
        }

        var held = cluster.Client.GetGrain<IGateGrain>(key).WaitForGate();
        await Eventually.True(() => GateGrain.Entered.ContainsKey(key), "the request to be inside the grain");
        await cluster.KillSiloAsync(victim);
        await Assert.ThrowsAsync<SiloUnavailableException>(() => held.WaitAsync(TimeSpan.FromSeconds(5)));
        gate.SetResult();
    }

    private static async Task<HashSet<string>> KeysOnAsync(IClusterClient client, string silo)
    {
        var where = await Task.WhenAll(Keys.Select(k => client.GetGrain<ICounterGrain>(k).WhereAmI().AsTask()));
        return Keys.Where((k, i) => where[i] == silo).ToHashSet();
    }
}
