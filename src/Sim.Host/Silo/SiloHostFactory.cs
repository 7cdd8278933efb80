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
using Sim.Host.Dashboard;
using Sim.Host.Security;
using Orleans.Dashboard;

namespace Sim.Host.Silo;

/// <summary>
/// Builds the host of a long-running silo (<c>sim silo</c>): Orleans with the simulation's grains, membership in
/// PostgreSQL (ADO.NET clustering, checkpoints in the same database) or on a localhost primary.
/// </summary>
internal static class SiloHostFactory
{
    /// <summary>The ADO.NET invariant of Npgsql, as Orleans' ADO.NET providers name it.</summary>
    public const string PostgresInvariant = Sim.Cluster.ClusterSchema.Invariant;

    /// <summary>
    /// The silo's host: a generic host, or with <see cref="SiloHostOptions.Dashboard"/> a web host that also serves the
    /// dashboard. With <paramref name="tls"/> every silo-to-silo and client connection is TLS.
    /// </summary>
    public static IHost Build(SiloHostOptions options, ClusterTls? tls, Action<ILoggingBuilder> logging)
    {
        if (options.Dashboard is { } port)
        {
            var web = SiloDashboard.CreateBuilder(IPAddress.Parse(options.DashboardBind), port);
            Configure(web, options, tls, logging);
            var app = web.Build();
            SiloDashboard.Map(app);
            return app;
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        Configure(builder, options, tls, logging);
        return builder.Build();
    }

    private static void Configure(IHostApplicationBuilder builder, SiloHostOptions options, ClusterTls? tls, Action<ILoggingBuilder> logging)
    {
        var membership = ClusterConnection.Parse(options.Membership);
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
                    o.ConnectionString = CheckpointConnection.For(postgres);
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

            if (tls is not null)
            {
                silo.UseTls(tls.Certificate, tls.Configure);
            }

            // Every silo feeds the dashboard's counters, so a dashboard on any one of them shows the whole cluster.
            silo.AddDashboard();
            silo.AddSimulation(options.CallTimeout);
            silo.Services.Configure<Sim.Grains.Runs.RunWatchdogOptions>(o => o.DriverTimeout = options.RunClientTimeout);
        });
    }

    private static IPAddress FirstAddress()
    {
        var addresses = Dns.GetHostAddresses(Dns.GetHostName());
        return addresses.FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            ?? IPAddress.Loopback;
    }
}
