using Sim.Runtime.Tests.Grains;
using Sim.Runtime.Tests.Infrastructure;

namespace Sim.Runtime.Tests.Cluster;

public sealed class TransportTests
{
    [Fact]
    public async Task Calls_between_silos_and_from_clients_travel_as_frames_and_local_calls_do_not()
    {
        var builder = ClusterFixture.NewBuilder(2, new LifecycleLog());

        // No membership probes during the measurement: every frame counted is a call's.
        builder.Configure<MembershipOptions>(m => m.ProbePeriod = TimeSpan.FromHours(1));
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        var ring = cluster.Primary.Silo.View.Ring;
        var home = cluster.Silos[0];
        var key = Enumerable.Range(0, 1000).Select(i => $"t{i}").First(k => home.SiloAddress.Equals(ring.Owner(GrainId.Create("counter", k).GetUniformHashCode())));
        await home.GrainFactory.GetGrain<ICounterGrain>(key).Add(1);

        var frames = cluster.Cluster.FramesSent;
        for (var i = 0; i < 200; i++)
        {
            await home.GrainFactory.GetGrain<ICounterGrain>(key).Add(1);
        }

        var localFrames = cluster.Cluster.FramesSent - frames;
        frames = cluster.Cluster.FramesSent;
        for (var i = 0; i < 200; i++)
        {
            await cluster.Silos[1].GrainFactory.GetGrain<ICounterGrain>(key).Add(1);
        }

        var remoteFrames = cluster.Cluster.FramesSent - frames;
        frames = cluster.Cluster.FramesSent;
        var bytes = cluster.Cluster.BytesSent;
        for (var i = 0; i < 200; i++)
        {
            await cluster.Client.GetGrain<ICounterGrain>(key).Add(1);
        }

        var clientFrames = cluster.Cluster.FramesSent - frames;

        // A remote call is a request frame and a response frame; a local call sends none.
        Assert.Equal(0, localFrames);
        Assert.Equal(400, remoteFrames);
        Assert.Equal(400, clientFrames);
        Assert.True(cluster.Cluster.BytesSent - bytes > 400 * 10);
        Assert.Equal(601, await home.GrainFactory.GetGrain<ICounterGrain>(key).Get());
    }
}
