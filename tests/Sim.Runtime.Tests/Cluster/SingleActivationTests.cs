using Sim.Runtime.Tests.Grains;
using Sim.Runtime.Tests.Infrastructure;

namespace Sim.Runtime.Tests.Cluster;

public sealed class SingleActivationTests
{
    [Fact]
    public async Task Racing_first_calls_from_three_silos_create_one_activation_per_grain()
    {
        var log = new LifecycleLog();
        await using var cluster = ClusterFixture.NewBuilder(3, log).Build();
        await cluster.DeployAsync();
        const int Grains = 300;
        var keys = Enumerable.Range(0, Grains).Select(i => $"race-{i}").ToArray();

        // Every silo (prefer-local placement: each wants the activation for itself) and the client fire the first
        // calls to the same grains at the same moment.
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        IGrainFactory[] factories = [.. cluster.Silos.Select(s => s.GrainFactory), cluster.Client];
        var racers = factories.Select(f => Task.Run(async () =>
        {
            await start.Task;
            return await Task.WhenAll(keys.Select(k => f.GetGrain<IRaceGrain>(k).Hit()));
        })).ToArray();
        start.SetResult();
        var results = await Eventually.Within(Task.WhenAll(racers));

        // One activation each: the hit counts 1..4 are handed out exactly once per grain.
        for (var g = 0; g < Grains; g++)
        {
            var hits = results.Select(r => r[g]).Order().ToArray();
            Assert.Equal([1, 2, 3, 4], hits);
        }

        Assert.Equal(Grains, cluster.Silos.Sum(s => s.ActivationCount));
        foreach (var key in keys)
        {
            Assert.Equal(1, log.ActivationsOf(GrainId.Create("race", key)));
            var entry = await cluster.Cluster.GrainDirectory.Lookup(GrainId.Create("race", key));
            Assert.NotNull(entry);
        }

        Assert.Equal(Grains, ((InMemoryGrainDirectory)cluster.Cluster.GrainDirectory).Count);
    }

    [Fact]
    public async Task A_directory_that_answers_asynchronously_still_yields_one_activation_per_grain()
    {
        var directory = new AsyncDirectory();
        var builder = ClusterFixture.NewBuilder(3, new LifecycleLog());
        builder.UseInMemoryCluster(new InMemoryCluster(new InMemoryMembershipTable(), directory));
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        var keys = Enumerable.Range(0, 100).Select(i => $"async-dir-{i}").ToArray();
        IGrainFactory[] factories = [.. cluster.Silos.Select(s => s.GrainFactory), cluster.Client];
        await Eventually.Within(Task.WhenAll(factories.Select(f => Task.WhenAll(keys.Select(k => f.GetGrain<IRaceGrain>(k).Hit())))));

        var totals = await Task.WhenAll(keys.Select(k => cluster.Client.GetGrain<IRaceGrain>(k).Hit()));
        Assert.All(totals, t => Assert.Equal(factories.Length + 1, t));
        Assert.Equal(keys.Length, cluster.Silos.Sum(s => s.ActivationCount));
        Assert.Equal(keys.Length, directory.Count);
    }

    [Fact]
    public async Task Racing_first_calls_to_hash_placed_grains_create_one_activation_per_grain()
    {
        var log = new LifecycleLog();
        await using var cluster = ClusterFixture.NewBuilder(3, log).Build();
        await cluster.DeployAsync();
        var keys = Enumerable.Range(0, 200).Select(i => $"hash-race-{i}").ToArray();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        IGrainFactory[] factories = [.. cluster.Silos.Select(s => s.GrainFactory), cluster.Client];
        var racers = factories.Select(f => Task.Run(async () =>
        {
            await start.Task;
            return await Task.WhenAll(keys.Select(k => f.GetGrain<ICounterGrain>(k).Add(1)));
        })).ToArray();
        start.SetResult();
        await Eventually.Within(Task.WhenAll(racers));

        var totals = await Task.WhenAll(keys.Select(k => cluster.Client.GetGrain<ICounterGrain>(k).Get()));
        Assert.All(totals, t => Assert.Equal(factories.Length, t));
        Assert.Equal(keys.Length, cluster.Silos.Sum(s => s.ActivationCount));
    }
}
