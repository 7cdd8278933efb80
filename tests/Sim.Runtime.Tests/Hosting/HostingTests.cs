using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sim.Runtime.Tests.Grains;

namespace Sim.Runtime.Tests.Hosting;

public sealed class HostingTests
{
    [Fact]
    public async Task Silos_on_generic_hosts_form_a_cluster_that_a_connected_client_can_call()
    {
        var shared = new InMemoryCluster();
        var log = new LifecycleLog();
        var hosts = new List<IHost>();
        foreach (var name in new[] { "alpha", "beta" })
        {
            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            builder.Services.AddSingleton(log);
            builder.UseSilo(silo => silo
                .AddGrain<ILifecycleGrain, LifecycleGrain>()
                .AddGrain<ICounterGrain, CounterGrain>()
                .Configure<SiloOptions>(o => o.SiloName = name)
                .UseInMemoryClustering(shared));
            var host = builder.Build();
            await host.StartAsync();
            hosts.Add(host);
        }

        await using var client = await shared.ConnectClientAsync(c =>
        {
            c.GrainTypes.Classes.Add(typeof(LifecycleGrain));
            c.GrainTypes.Classes.Add(typeof(CounterGrain));
        });
        var names = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => client.GetGrain<ILifecycleGrain>(i).SiloName()));
        Assert.Equal(["alpha", "beta"], names.Distinct().Order());

        // Host code gets IGrainFactory and ILocalSiloDetails from DI.
        var factory = hosts[0].Services.GetRequiredService<IGrainFactory>();
        Assert.Equal(5, await factory.GetGrain<ICounterGrain>("dv").Add(5));
        Assert.Equal("alpha", hosts[0].Services.GetRequiredService<ILocalSiloDetails>().Name);
        Assert.Equal("dev", hosts[0].Services.GetRequiredService<ILocalSiloDetails>().ClusterId);

        foreach (var host in hosts)
        {
            await host.StopAsync();
            host.Dispose();
        }

        var table = await shared.MembershipTable.ReadAll();
        Assert.All(table.Members, m => Assert.Equal(SiloStatus.Dead, m.Entry.Status));
        Assert.Equal(40, log.Deactivations.Count(d => d.Reason == DeactivationReasonCode.ShuttingDown));
    }

    [Fact]
    public async Task A_single_silo_host_forms_its_own_cluster()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.UseSilo(silo => silo.AddGrainAssembly(typeof(CounterGrain).Assembly));
        builder.Services.AddSingleton(new LifecycleLog());
        using var host = builder.Build();
        await host.StartAsync();
        var factory = host.Services.GetRequiredService<IGrainFactory>();
        Assert.Equal(2, await factory.GetGrain<ICounterGrain>("solo").Add(2));
        await host.StopAsync();
    }
}
