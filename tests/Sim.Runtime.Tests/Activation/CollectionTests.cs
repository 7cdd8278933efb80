using Sim.Runtime.Testing;
using Sim.Runtime.Tests.Grains;
using Sim.Runtime.Tests.Infrastructure;

namespace Sim.Runtime.Tests.Activation;

public sealed class CollectionTests
{
    private static readonly TimeSpan Age = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Quantum = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Idle_activations_are_collected_after_the_age_and_used_ones_are_kept()
    {
        var (cluster, clock, log) = await StartAsync();
        await using var _ = cluster;
        var factory = cluster.Primary.GrainFactory;
        var idle = Enumerable.Range(0, 20).Select(i => factory.GetGrain<ILifecycleGrain>(i)).ToArray();
        var busy = factory.GetGrain<ILifecycleGrain>(100);
        await Task.WhenAll(idle.Select(g => g.Add(5)));
        Assert.Equal(5, await busy.Add(5));
        Assert.Equal(21, cluster.Primary.ActivationCount);

        // Half the age: nothing is collected.
        clock.Advance(Age / 2);
        Assert.Equal(21, cluster.Primary.ActivationCount);
        Assert.Empty(log.Deactivations);

        // The busy grain is used again; then the idle ones pass the age (plus one quantum of precision).
        Assert.Equal(6, await busy.Add(1));
        clock.Advance((Age / 2) + Quantum + Quantum);
        await Eventually.True(() => log.Deactivations.Count == 20, "20 idle activations deactivated");
        Assert.All(log.Deactivations, d => Assert.Equal(DeactivationReasonCode.ActivationIdle, d.Reason));
        Assert.DoesNotContain(log.Deactivations, d => d.Grain == GrainId.Create("lifecycle", 100));
        await Eventually.True(() => cluster.Primary.ActivationCount == 1, "only the busy grain left");

        // A collected grain comes back on the next call with fresh state.
        Assert.Equal(1, await idle[3].Add(1));
        Assert.Equal(2, log.ActivationsOf(GrainId.Create("lifecycle", 3)));

        // Finally the busy one goes too.
        clock.Advance(Age + Quantum + Quantum);
        await Eventually.True(() => log.DeactivationsOf(GrainId.Create("lifecycle", 100)) == 1, "busy grain collected");
    }

    [Fact]
    public async Task Deactivate_on_idle_deactivates_after_the_current_request()
    {
        var (cluster, _, log) = await StartAsync();
        await using var __ = cluster;
        var grain = cluster.Primary.GrainFactory.GetGrain<ILifecycleGrain>(7);
        Assert.Equal(3, await grain.Add(3));
        await grain.DeactivateWhenIdle();
        await Eventually.True(() => log.DeactivationsOf(GrainId.Create("lifecycle", 7)) == 1, "deactivated");
        Assert.Equal(DeactivationReasonCode.ApplicationRequested, log.Deactivations.Single().Reason);
        Assert.Equal(1, await grain.Add(1));
        Assert.Equal(2, log.ActivationsOf(GrainId.Create("lifecycle", 7)));
    }

    [Fact]
    public async Task Requests_arriving_during_deactivation_go_to_the_next_activation_in_order()
    {
        var (cluster, _, log) = await StartAsync();
        await using var __ = cluster;
        var factory = cluster.Primary.GrainFactory;
        var target = factory.GetGrain<IOrderGrain>("deactivating");
        await target.Record("a", 0);
        var counter = factory.GetGrain<ILifecycleGrain>(8);
        await counter.Add(1);
        var deactivate = counter.DeactivateWhenIdle();
        var during = Enumerable.Range(0, 50).Select(_ => counter.Add(1)).ToArray();
        await deactivate;
        var values = await Eventually.Within(Task.WhenAll(during));

        // The 50 calls after DeactivateOnIdle all reached the fresh activation, in order: 1..50.
        Assert.Equal(Enumerable.Range(1, 50), values);
        Assert.Equal(1, log.DeactivationsOf(GrainId.Create("lifecycle", 8)));
    }

    private static async Task<(TestCluster Cluster, ManualTimeProvider Clock, LifecycleLog Log)> StartAsync()
    {
        var clock = new ManualTimeProvider();
        var log = new LifecycleLog();
        var builder = ClusterFixture.NewBuilder(1, log);
        builder.UseTimeProvider(clock);
        builder.Configure<SiloOptions>(o =>
        {
            o.CollectionAge = Age;
            o.CollectionQuantum = Quantum;
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return (cluster, clock, log);
    }
}
