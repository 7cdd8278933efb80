using Sim.Runtime.Tests.Grains;
using Sim.Runtime.Tests.Infrastructure;

namespace Sim.Runtime.Tests.Core;

public sealed class ExceptionTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    public static TheoryData<string> Callers => new() { "client", "silo-local", "silo-remote" };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task A_domain_exception_arrives_with_its_type_and_message(string caller)
    {
        var grain = Factory(caller, 1).GetGrain<IThrowingGrain>(1);
        var ex = await Assert.ThrowsAsync<QuotaExceededException>(() => grain.ThrowQuota("quota of 5 reached"));
        Assert.Equal("quota of 5 reached", ex.Message);
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task An_exception_thrown_after_an_await_arrives(string caller)
    {
        var grain = Factory(caller, 2).GetGrain<IThrowingGrain>(2);
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.ThrowAfterAwait("late"));
        Assert.Equal("late", ex.Message);
    }

    [Fact]
    public async Task An_exception_that_cannot_be_recreated_becomes_a_remote_grain_exception()
    {
        var grain = fixture.Cluster.Client.GetGrain<IThrowingGrain>(3);
        var ex = await Assert.ThrowsAsync<RemoteGrainException>(async () => await grain.ThrowOdd(7));
        Assert.Equal("odd 7", ex.Message);
        Assert.Equal(typeof(OddException).FullName, ex.OriginalTypeName);
    }

    [Fact]
    public async Task A_local_caller_gets_the_original_exception_object()
    {
        var silo = SiloHosting(4);
        var ex = await Assert.ThrowsAsync<OddException>(async () => await silo.GrainFactory.GetGrain<IThrowingGrain>(4).ThrowOdd(9));
        Assert.Equal(9, ex.Code);
    }

    [Fact]
    public async Task Argument_exceptions_keep_their_message()
    {
        var grain = fixture.Cluster.Client.GetGrain<IThrowingGrain>(5);
        var ex = await Assert.ThrowsAsync<ArgumentNullException>(() => grain.ThrowArgumentNull("region"));
        Assert.Equal(new ArgumentNullException("region").Message, ex.Message);
    }

    [Fact]
    public async Task A_failed_activation_fails_the_call_and_the_next_call_tries_again()
    {
        var grain = fixture.Cluster.Client.GetGrain<IFailingActivationGrain>(77);
        var first = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.Get());
        Assert.Equal("activation of 77 refused", first.Message);
        var second = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.Get());
        Assert.Equal("activation of 77 refused", second.Message);
        Assert.All(fixture.Cluster.Silos, s => Assert.False(s.Silo.Catalog.TryGetConfirmed(GrainId.Create("failingactivation", 77), out _)));
    }

    [Fact]
    public async Task A_grain_keeps_working_after_throwing()
    {
        var grain = fixture.Cluster.Client.GetGrain<IThrowingGrain>(6);
        await Assert.ThrowsAsync<QuotaExceededException>(() => grain.ThrowQuota("x"));
        Assert.Equal(42, await grain.Ok());
    }

    private IGrainFactory Factory(string caller, long key)
    {
        var host = SiloHosting(key);
        return caller switch
        {
            "client" => fixture.Cluster.Client,
            "silo-local" => host.GrainFactory,
            _ => fixture.Cluster.Silos.First(s => s != host).GrainFactory,
        };
    }

    private Sim.Runtime.Testing.SiloHandle SiloHosting(long key)
    {
        var id = GrainId.Create("throwing", key);
        var owner = fixture.Cluster.Silos[0].Silo.View.Ring.Owner(id.GetUniformHashCode());
        return fixture.Cluster.Silos.Single(s => s.SiloAddress.Equals(owner));
    }
}
