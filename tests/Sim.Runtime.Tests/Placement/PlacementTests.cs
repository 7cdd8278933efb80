using Sim.Runtime.Tests.Grains;
using Sim.Runtime.Tests.Infrastructure;

namespace Sim.Runtime.Tests.Placement;

public sealed class PlacementTests
{
    [Fact]
    public async Task Activations_spread_over_silos_and_a_new_silo_takes_about_its_share_of_new_grains()
    {
        await using var cluster = ClusterFixture.NewBuilder(3, new LifecycleLog()).Build();
        await cluster.DeployAsync();
        const int N = 3_000;
        await Task.WhenAll(Enumerable.Range(0, N).Select(i => cluster.Client.GetGrain<ICounterGrain>($"first-{i}").Add(1)));
        Assert.All(cluster.Silos, s => Assert.InRange(s.ActivationCount, N / 3 * 0.75, N / 3 * 1.25));

        var added = await cluster.StartAdditionalSiloAsync();
        await cluster.WaitForLivenessToStabilizeAsync();
        var before = cluster.Silos.ToDictionary(s => s.Name, s => s.ActivationCount);

        // Existing activations stay where they are (state intact); new grains follow the 4-silo ring.
        Assert.Equal(0, added.ActivationCount);
        Assert.Equal(1, await cluster.Client.GetGrain<ICounterGrain>("first-17").Get());
        await Task.WhenAll(Enumerable.Range(0, N).Select(i => cluster.Client.GetGrain<ICounterGrain>($"second-{i}").Add(1)));
        Assert.InRange(added.ActivationCount, N / 4 * 0.75, N / 4 * 1.25);
        Assert.All(cluster.Silos.Where(s => s != added), s => Assert.InRange(s.ActivationCount - before[s.Name], N / 4 * 0.75, N / 4 * 1.25));
    }

    [Fact]
    public async Task Prefer_local_grains_activate_on_the_calling_silo()
    {
        await using var cluster = ClusterFixture.NewBuilder(3, new LifecycleLog()).Build();
        await cluster.DeployAsync();
        foreach (var silo in cluster.Silos)
        {
            for (var i = 0; i < 20; i++)
            {
                Assert.Equal(silo.Name, await silo.GrainFactory.GetGrain<ISenderGrain>($"{silo.Name}/{i}").SiloName());
            }
        }
    }

    [Fact]
    public async Task Hash_placed_grains_activate_on_their_ring_owner_whoever_calls()
    {
        await using var cluster = ClusterFixture.NewBuilder(3, new LifecycleLog()).Build();
        await cluster.DeployAsync();
        var ring = cluster.Primary.Silo.View.Ring;
        for (var i = 0; i < 30; i++)
        {
            var key = $"owned-{i}";
            var caller = cluster.Silos[i % 3].GrainFactory;
            var where = await caller.GetGrain<ICounterGrain>(key).WhereAmI();
            var owner = ring.Owner(GrainId.Create("counter", key).GetUniformHashCode());
            Assert.Equal(cluster.Silos.Single(s => s.SiloAddress.Equals(owner)).Name, where);
        }
    }
}
