using Sim.Runtime.Testing;
using Sim.Runtime.Tests.Grains;
using Sim.Runtime.Tests.Infrastructure;

namespace Sim.Runtime.Tests.Cluster;

public sealed class OrderingTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private TestCluster Cluster => fixture.Cluster;

    [Fact]
    public async Task Calls_from_one_client_arrive_in_the_order_sent()
    {
        var target = Cluster.Client.GetGrain<IOrderGrain>("client-order");
        var calls = Enumerable.Range(0, 5_000).Select(i => target.Record("client", i)).ToArray();
        await Eventually.Within(Task.WhenAll(calls));

        var report = await target.Report();
        Assert.Equal(5_000, report.Received);
        Assert.Equal(0, report.OutOfOrder);
        Assert.Equal(4_999, report.LastByCaller["client"]);
    }

    [Fact]
    public async Task Calls_from_grains_on_every_silo_arrive_in_each_callers_order()
    {
        var target = Cluster.Client.GetGrain<IOrderGrain>("grain-order");

        // Prefer-local senders activated through each silo's factory live on that silo: some are local to the
        // target and some reach it through the serializer.
        var senders = Cluster.Silos.SelectMany(s => Enumerable.Range(0, 4).Select(i => s.GrainFactory.GetGrain<ISenderGrain>($"{s.Name}-{i}"))).ToArray();
        var placed = await Task.WhenAll(senders.Select(s => s.SiloName()));
        Assert.Equal(Cluster.Silos.Count, placed.Distinct().Count());

        await Eventually.Within(Task.WhenAll(senders.Select(s => s.SendSequence(target, 2_000))));

        var report = await target.Report();
        Assert.Equal(senders.Length, report.Callers);
        Assert.Equal(senders.Length * 2_000L, report.Received);
        Assert.Equal(0, report.OutOfOrder);
        Assert.All(report.LastByCaller.Values, last => Assert.Equal(1_999, last));
    }

    [Fact]
    public async Task Order_holds_while_the_target_is_first_activated()
    {
        // The first calls queue while the activation registers and activates; they must not overtake each other.
        var target = Cluster.Silos[1].GrainFactory.GetGrain<IOrderGrain>("fresh-" + Guid.NewGuid().ToString("N"));
        var calls = Enumerable.Range(0, 1_000).Select(i => target.Record("host", i)).ToArray();
        await Eventually.Within(Task.WhenAll(calls));
        var report = await target.Report();
        Assert.Equal(0, report.OutOfOrder);
        Assert.Equal(1_000, report.Received);
    }
}
