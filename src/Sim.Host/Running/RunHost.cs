using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans;
using Sim.Grains.Hosting;
using Sim.Grains.Runs;
using Sim.Host.Cluster;

namespace Sim.Host.Running;

/// <summary>
/// Where <c>sim run</c> runs its grains: silos embedded in this process (the default), or a cluster it joins as a
/// client (<c>--cluster</c>). Either way the run is driven through <see cref="Client"/> and its files are written here.
/// </summary>
internal sealed class RunHost : IAsyncDisposable
{
    private readonly SimulationCluster? _embedded;
    private readonly IHost? _client;

    private RunHost(SimulationCluster? embedded, IHost? client)
    {
        _embedded = embedded;
        _client = client;
    }

    /// <summary>The cluster client that drives the run.</summary>
    public IClusterClient Client => _embedded?.Client ?? _client!.Services.GetRequiredService<IClusterClient>();

    /// <summary>Cancelled when the cluster has gone away (no gateway for a while); never for embedded silos.</summary>
    public CancellationToken ClusterLost => _client?.Services.GetRequiredService<ClusterConnectionWatch>().Lost ?? CancellationToken.None;

    /// <summary>Whether the run goes to a cluster outside this process.</summary>
    public bool IsRemote => _client is not null;

    /// <summary>Starts the embedded silos, or connects to <paramref name="cluster"/>.</summary>
    public static async Task<RunHost> StartAsync(RunRequest request, ClusterConnection? cluster, Action<ILoggingBuilder> logging, CancellationToken cancellationToken)
    {
        var callTimeout = new SimulationClusterOptions().CallTimeout;
        if (cluster is null)
        {
            var embedded = await SimulationCluster.StartAsync(
                new SimulationClusterOptions { Silos = request.Silos, Logging = logging, CallTimeout = callTimeout }, cancellationToken);
            return new RunHost(embedded, null);
        }

        var client = await ClusterClientFactory.ConnectAsync(cluster, request.ClusterId, request.ServiceId, logging, callTimeout, cancellationToken, request.Tls);
        return new RunHost(null, client);
    }

    /// <summary>Hands the run's context to the embedded silos, so their grains need not load it again (a cluster loads its own).</summary>
    public void Share(RunContext context) => _embedded?.Contexts.Add(context);

    /// <summary>Stops the embedded silos or disconnects the client.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_embedded is not null)
        {
            await _embedded.DisposeAsync();
        }

        if (_client is not null)
        {
            await _client.StopAsync();
            _client.Dispose();
        }
    }
}
