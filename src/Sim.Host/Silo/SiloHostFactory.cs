using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.Storage;
using Sim.Grains.Checkpoints;
using Sim.Grains.Hosting;
using Sim.Host.Cluster;

namespace Sim.Host.Silo;

/// <summary>
/// Builds the host of a long-running silo (<c>sim silo</c>): Orleans with the simulation's grains, membership in
/// PostgreSQL (ADO.NET clustering, checkpoints in the same database) or on a localhost primary.
/// </summary>
internal static class SiloHostFactory
{
    /// <summary>The ADO.NET invariant of Npgsql, as Orleans' ADO.NET providers name it.</summary>
    public const string PostgresInvariant = Sim.Cluster.ClusterSchema.Invariant;

    public static IHost Build(SiloHostOptions options, Action<ILoggingBuilder> logging)
    {
        var membership = ClusterConnection.Parse(options.Membership);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        logging(builder.Logging);

        // The command owns SIGINT/SIGTERM (System.CommandLine turns them into cancellation) and stops the host.
        builder.Services.AddSingleton<IHostLifetime, EmbeddedSiloLifetime>();
        builder.UseOrleans(silo =>
        {
            if (membership.PostgresConnectionString is { } postgres)
            {
                silo.UseAdoNetClustering(o =>
                {
                    o.Invariant = PostgresInvariant;
                    o.ConnectionString = postgres;
                });
                // Orleans' binary serializer keeps a checkpoint's bytes as bytes (the default may be JSON: base64).
                silo.AddAdoNetGrainStorage(CheckpointStorage.ProviderName, options => options.Configure<Serializer>((o, serializer) =>
                {
                    o.Invariant = PostgresInvariant;
                    o.ConnectionString = postgres;
                    o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
                }));
                var advertised = options.Advertise is { } a ? ClusterConnection.ResolveAdvertised(a) : FirstAddress();
                silo.Configure<EndpointOptions>(o =>
                {
                    o.AdvertisedIPAddress = advertised;
                    o.SiloPort = options.SiloPort;
                    o.GatewayPort = options.GatewayPort;
                    o.SiloListeningEndpoint = new IPEndPoint(IPAddress.Any, options.SiloPort);
                    o.GatewayListeningEndpoint = new IPEndPoint(IPAddress.Any, options.GatewayPort);
                });
                silo.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = options.ClusterId;
                    o.ServiceId = options.ServiceId;
                });
            }
            else
            {
                var primary = options.PrimarySiloPort is { } port ? new IPEndPoint(IPAddress.Loopback, port) : null;
                silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, primary, options.ServiceId, options.ClusterId);
            }

            silo.AddSimulation(options.CallTimeout);
            silo.Services.Configure<Sim.Grains.Runs.RunWatchdogOptions>(o => o.DriverTimeout = options.RunClientTimeout);
        });
        return builder.Build();
    }

    private static IPAddress FirstAddress()
    {
        var addresses = Dns.GetHostAddresses(Dns.GetHostName());
        return addresses.FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            ?? IPAddress.Loopback;
    }
}
