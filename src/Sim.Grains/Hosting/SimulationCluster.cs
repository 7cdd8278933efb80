using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Sim.Grains.Checkpoints;
using Sim.Grains.Runs;

namespace Sim.Grains.Hosting;

/// <summary>
/// Orleans silos embedded in this process, on free loopback ports with localhost (development) clustering: silo 0 is
/// the primary that keeps the membership, the others join it. Calls between silos cross TCP and Orleans' serializer
/// exactly as between hosts. <see cref="Client"/> is silo 0's cluster client. The silos share one
/// <see cref="RunContextCache"/>, so a scenario is loaded once per process.
/// </summary>
public sealed class SimulationCluster : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private readonly List<IHost> _silos;

    private SimulationCluster(List<IHost> silos, SimulationClusterOptions options, RunContextCache contexts)
    {
        _silos = silos;
        Options = options;
        Contexts = contexts;
    }

    /// <summary>The options the cluster was started with.</summary>
    public SimulationClusterOptions Options { get; }

    /// <summary>The cluster client (silo 0's); calls to grains on other silos cross the serializer.</summary>
    public IClusterClient Client => _silos[0].Services.GetRequiredService<IClusterClient>();

    /// <summary>The run contexts the silos share (a run's scenario and model tables, loaded once per process).</summary>
    public RunContextCache Contexts { get; }

    /// <summary>The silo hosts, primary first.</summary>
    public IReadOnlyList<IHost> Silos => _silos;

    /// <summary>Starts the silos (retrying on new ports if another process took one meanwhile).</summary>
    public static async Task<SimulationCluster> StartAsync(SimulationClusterOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Silos, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Silos, SimulationClusterOptions.MaxSilos);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryStartAsync(options, cancellationToken);
            }
            catch (Exception e) when (attempt < StartAttempts && IsAddressInUse(e))
            {
                // Another process bound one of the ports between our probe and the silo's bind: take new ones.
            }
        }
    }

    /// <summary>Stops the silos gracefully (secondaries first, the primary last) and releases them.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync(_silos);
    }

    private static async Task<SimulationCluster> TryStartAsync(SimulationClusterOptions options, CancellationToken cancellationToken)
    {
        var ports = LoopbackPorts.Find(2 * options.Silos);
        var primary = new IPEndPoint(IPAddress.Loopback, ports[0]);
        var cache = new RunContextCache();
        var checkpoints = new ProcessMemoryGrainStorage();
        var silos = new List<IHost>();
        try
        {
            for (var i = 0; i < options.Silos; i++)
            {
                var host = BuildSilo(options, cache, checkpoints, i, ports[2 * i], ports[(2 * i) + 1], i == 0 ? null : primary);
                silos.Add(host);
                await host.StartAsync(cancellationToken);
            }

            return new SimulationCluster(silos, options, cache);
        }
        catch
        {
            await StopAsync(silos);
            throw;
        }
    }

    private static IHost BuildSilo(SimulationClusterOptions options, RunContextCache cache, ProcessMemoryGrainStorage checkpoints, int index, int siloPort, int gatewayPort, IPEndPoint? primary)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        options.Logging?.Invoke(builder.Logging);
        builder.Services.AddSingleton(cache);
        builder.Services.AddSingleton<IHostLifetime, EmbeddedSiloLifetime>();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort, primary, serviceId: "sim", clusterId: options.ClusterId);
            silo.Configure<SiloOptions>(o => o.SiloName = "silo-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            silo.AddSimulation(options.CallTimeout, checkpoints);
        });
        return builder.Build();
    }

    private static async Task StopAsync(List<IHost> silos)
    {
        for (var i = silos.Count - 1; i >= 0; i--)
        {
            try
            {
                await silos[i].StopAsync();
            }
            finally
            {
                if (silos[i] is IAsyncDisposable disposable)
                {
                    await disposable.DisposeAsync();
                }
                else
                {
                    silos[i].Dispose();
                }
            }
        }
    }

    private static bool IsAddressInUse(Exception e) => e switch
    {
        SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } => true,
        AggregateException a => a.InnerExceptions.Any(IsAddressInUse),
        _ => e.InnerException is { } inner && IsAddressInUse(inner),
    };
}
