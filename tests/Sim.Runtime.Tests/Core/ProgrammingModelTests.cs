using Sim.Runtime.Tests.Grains;
using Sim.Runtime.Tests.Infrastructure;

namespace Sim.Runtime.Tests.Core;

public sealed class ProgrammingModelTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private IClusterClient Client => fixture.Cluster.Client;

    [Fact]
    public async Task All_four_return_types_and_inherited_methods_work_through_the_client()
    {
        var sink = Client.GetGrain<IKitchenSinkGrain>("abc");
        await sink.Nothing();
        await sink.NothingValue();
        Assert.Equal(3L, await sink.Key());
        Assert.Equal("sink abc", await sink.Name());
        Assert.Equal(7, await sink.Peek());
    }

    [Fact]
    public async Task Ten_arguments_of_mixed_types_arrive_intact()
    {
        var sink = Client.GetGrain<IKitchenSinkGrain>("args");
        var text = await sink.Concat("x", -5, long.MaxValue, 2.5, true, new DateOnly(2030, 12, 31), TimeSpan.FromMinutes(90), DayOfWeek.Friday, null, "j");
        Assert.Equal($"x|-5|{long.MaxValue}|2.5|True|2030-12-31|01:30:00|Friday|null|j", text);
        var text2 = await sink.Concat("", 0, 0, 0, false, default, default, default, 17, null);
        Assert.Equal("|0|0|0|False|0001-01-01|00:00:00|Sunday|17|null", text2);
    }

    [Fact]
    public async Task State_lives_in_one_activation_across_callers_on_different_silos()
    {
        var key = "shared-" + Guid.NewGuid().ToString("N");
        Assert.Equal(1, await Client.GetGrain<ICounterGrain>(key).Add(1));
        Assert.Equal(3, await fixture.Cluster.Silos[0].GrainFactory.GetGrain<ICounterGrain>(key).Add(2));
        Assert.Equal(6, await fixture.Cluster.Silos[1].GrainFactory.GetGrain<ICounterGrain>(key).Add(3));
        Assert.Equal(6, await Client.GetGrain<ICounterGrain>(key).Get());
    }

    [Fact]
    public async Task Grain_references_travel_in_records_collections_and_results()
    {
        var destination = Client.GetGrain<ICounterGrain>("dest-" + Guid.NewGuid().ToString("N"));
        var copy = Client.GetGrain<ICounterGrain>("copy-" + Guid.NewGuid().ToString("N"));
        var named = Client.GetGrain<ICounterGrain>("named-" + Guid.NewGuid().ToString("N"));
        var shipment = new Shipment("parcel", destination, [copy, copy], new Dictionary<string, ICounterGrain> { ["n"] = named });
        var sink = Client.GetGrain<IKitchenSinkGrain>("deliver");

        // destination 1; copy 10 then 20; named 100.
        Assert.Equal(1 + 10 + 20 + 100, await sink.Deliver(shipment));
        Assert.Equal(1, await destination.Get());
        Assert.Equal(20, await copy.Get());
        Assert.Equal(100, await named.Get());

        var echoed = await sink.Echo(destination);
        Assert.Equal(destination, echoed);
        Assert.Equal(1, await echoed.Get());
    }

    [Fact]
    public async Task Integer_and_string_keys_are_visible_to_the_grain()
    {
        var sink = Client.GetGrain<IKitchenSinkGrain>("four");
        Assert.Equal(4L, await sink.Key());
        var throwing = Client.GetGrain<IThrowingGrain>(123456789012L);
        Assert.Equal(42, await throwing.Ok());
    }

    [Fact]
    public async Task Grain_constructors_receive_services_from_dependency_injection()
    {
        var counter = Client.GetGrain<ICounterGrain>("where-" + Guid.NewGuid().ToString("N"));
        var silo = await counter.WhereAmI();
        Assert.Contains(silo, fixture.Cluster.Silos.Select(s => s.Name));
    }

    [Fact]
    public async Task Arrays_are_copied_when_crossing_the_serializer()
    {
        var sink = Client.GetGrain<IKitchenSinkGrain>("rev");
        int[] values = [1, 2, 3];
        var reversed = await sink.Reverse(values);
        Assert.Equal([3, 2, 1], reversed);
        Assert.Equal([1, 2, 3], values);
    }

    [Fact]
    public void References_are_equal_by_grain_id_and_interface()
    {
        var a = Client.GetGrain<ICounterGrain>("same");
        var b = Client.GetGrain<ICounterGrain>("same");
        var c = Client.GetGrain<ICounterGrain>("other");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.Equal("ICounterGrain:counter/same", a.ToString());
    }

    [Fact]
    public void Grains_are_not_constructed_outside_the_runtime()
    {
        var grain = new ThrowingGrain();
        Assert.Throws<InvalidOperationException>(() => grain.GetPrimaryKeyLong());
    }

    [Fact]
    public void Unknown_grain_interfaces_fail_with_a_clear_message()
    {
        var ex = Assert.Throws<ArgumentException>(() => Client.GetGrain<IUnimplementedGrain>("x"));
        Assert.Contains("No registered grain class implements", ex.Message, StringComparison.Ordinal);
    }
}

public interface IUnimplementedGrain : IGrainWithStringKey
{
    Task Nothing();
}
