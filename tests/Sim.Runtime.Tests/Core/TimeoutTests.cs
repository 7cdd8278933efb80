using Sim.Runtime.Tests.Grains;
using Sim.Runtime.Tests.Infrastructure;

namespace Sim.Runtime.Tests.Core;

public sealed class TimeoutTests
{
    [Fact]
    public async Task A_call_cycle_between_non_reentrant_grains_of_one_silo_times_out_instead_of_hanging()
    {
        var builder = ClusterFixture.NewBuilder(1, new LifecycleLog());
        builder.Configure<MessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(1));
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        var factory = cluster.Primary.GrainFactory;

        Assert.Equal(1, await factory.GetGrain<ICycleGrain>("x").Bounce("y", 1));
        var ex = await Assert.ThrowsAsync<TimeoutException>(() => factory.GetGrain<ICycleGrain>("a").Bounce("b", 2).WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Contains("Reentrant", ex.Message, StringComparison.Ordinal);

        // Both grains are free again afterwards.
        Assert.Equal(1, await factory.GetGrain<ICycleGrain>("a").Bounce("b", 1));
        Assert.Equal(1, await factory.GetGrain<ICycleGrain>("b").Bounce("a", 1));
    }

    [Fact]
    public async Task A_call_cycle_across_silos_times_out_too()
    {
        var builder = ClusterFixture.NewBuilder(2, new LifecycleLog());
        builder.Configure<MessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(1));
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        await Assert.ThrowsAsync<TimeoutException>(() => cluster.Client.GetGrain<ICycleGrain>("p").Bounce("q", 2).WaitAsync(TimeSpan.FromSeconds(20)));
    }
}
