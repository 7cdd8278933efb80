using Microsoft.Extensions.DependencyInjection;
using Sim.Runtime.Testing;
using Sim.Runtime.Tests.Grains;

namespace Sim.Runtime.Tests.Infrastructure;

/// <summary>A two-silo cluster of the test grains, shared by the tests of one class.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public LifecycleLog Log { get; } = new();

    public TestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Cluster = NewBuilder(2, Log).Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>A builder with the test grains and a shared <see cref="LifecycleLog"/>.</summary>
    public static TestClusterBuilder NewBuilder(int silos, LifecycleLog log)
    {
        var builder = new TestClusterBuilder(silos);
        builder.AddGrainAssembly(typeof(CounterGrain).Assembly);
        builder.ConfigureServices(s => s.AddSingleton(log));
        return builder;
    }
}
