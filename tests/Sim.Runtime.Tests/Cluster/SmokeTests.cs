using Sim.Runtime.Testing;
using Sim.Runtime.Tests.Grains;

namespace Sim.Runtime.Tests.Cluster;

public sealed class SmokeTests
{
    [Fact]
    public async Task Client_calls_reach_grains_on_two_silos()
    {
        var builder = new TestClusterBuilder(2);
        builder.AddGrain<ICounterGrain, CounterGrain>();
        await using var cluster = builder.Build();
        await cluster.DeployAsync();

        var a = cluster.Client.GetGrain<ICounterGrain>("a");
        Assert.Equal(5, await a.Add(5));
        Assert.Equal(7, await a.Add(2));
        Assert.Equal(7, await a.Get());
        var b = cluster.Client.GetGrain<ICounterGrain>("b");
        Assert.Equal(3, await a.AddVia(b, 3));
        Assert.Equal(3, await b.Get());
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => a.Fail("boom"));
        Assert.Equal("boom", ex.Message);
    }
}
