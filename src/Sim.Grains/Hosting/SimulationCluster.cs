using Microsoft.Extensions.DependencyInjection;
using Sim.Grains.Runs;
using Sim.Runtime;
using Sim.Runtime.Testing;

namespace Sim.Grains.Hosting;

/// <summary>
/// The silos that host runs in this process (a <see cref="TestCluster"/> of N silos) and the client that drives
/// them. The silos share one <see cref="RunContextCache"/>, so a scenario is loaded once per process.
/// </summary>
public sealed class SimulationCluster : IAsyncDisposable
{
    private readonly TestCluster _cluster;

    private SimulationCluster(TestCluster cluster, SimulationClusterOptions options)
    {
        _cluster = cluster;
        Options = options;
    }

    /// <summary>The options the cluster was started with.</summary>
    public SimulationClusterOptions Options { get; }

    /// <summary>The client; calls through it cross the serializer.</summary>
    public IClusterClient Client => _cluster.Client;

    /// <summary>The silos.</summary>
    public IReadOnlyList<SiloHandle> Silos => _cluster.Silos;

    /// <summary>Starts the silos and connects the client.</summary>
    public static async Task<SimulationCluster> StartAsync(SimulationClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Silos, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Threads);
        var cache = new RunContextCache();
        var builder = new TestClusterBuilder(options.Silos)
            .AddGrainAssembly(typeof(SimulationCluster).Assembly)
            .ConfigureServices(services => services.AddSingleton(cache))
            .Configure<SiloOptions>(o => o.WorkerCount = options.Threads)
            .Configure<MessagingOptions>(o => o.ResponseTimeout = options.CallTimeout);
        if (options.Logging is { } logging)
        {
            builder.ConfigureLogging(logging);
        }

        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return new SimulationCluster(cluster, options);
    }

    /// <summary>Stops the client and the silos.</summary>
    public ValueTask DisposeAsync() => _cluster.DisposeAsync();
}
