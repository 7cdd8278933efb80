using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Sim.Grains.Hosting;
using Sim.Host.Security;

namespace Sim.Host.Cluster;

/// <summary>An Orleans client of a running cluster (<c>sim run --cluster</c>, <c>sim cluster status</c>).</summary>
internal static class ClusterClientFactory
{
    /// <summary>How long a client waits for a gateway of silos the membership table holds as active.</summary>
    public static readonly TimeSpan GatewayTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Connects to the cluster; the returned host owns the client (stop and dispose it when done). With PostgreSQL
    /// membership it first checks that the table holds an active silo of <paramref name="clusterId"/> (else a
    /// <see cref="ClusterUnavailableException"/> naming the cluster ids that have some), and gives up after
    /// <see cref="GatewayTimeout"/> instead of Orleans' endless wait for a gateway. With <paramref name="tls"/> the
    /// gateway connections are TLS, presenting the cluster's certificate.
    /// </summary>
    public static async Task<IHost> ConnectAsync(ClusterConnection connection, string clusterId, string serviceId,
        Action<ILoggingBuilder> logging, TimeSpan callTimeout, CancellationToken cancellationToken, ClusterTls? tls = null)
    {
        if (connection.PostgresConnectionString is { } membership)
        {
            await CheckActiveSilosAsync(membership, clusterId, connection, cancellationToken);
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        logging(builder.Logging);
        builder.Services.AddSingleton<IHostLifetime, EmbeddedSiloLifetime>();
        builder.Services.AddSingleton<ClusterConnectionWatch>();
        builder.UseOrleansClient(client =>
        {
            client.AddGatewayCountChangedHandler(services => services.GetRequiredService<ClusterConnectionWatch>().OnGatewayCountChanged);
            if (connection.PostgresConnectionString is { } postgres)
            {
                client.UseAdoNetClustering(o =>
                {
                    o.Invariant = Silo.SiloHostFactory.PostgresInvariant;
                    o.ConnectionString = postgres;
                });
                client.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = clusterId;
                    o.ServiceId = serviceId;
                });
            }
            else
            {
                client.UseLocalhostClustering(connection.LocalhostGatewayPort, serviceId, clusterId);
            }

            if (tls is not null)
            {
                client.UseTls(tls.Certificate, tls.Configure);
            }

            client.Configure<ClientMessagingOptions>(o =>
            {
                o.ResponseTimeout = callTimeout;
                o.MaxMessageBodySize = SimulationClusterOptions.MaxMessageBodyBytes;
            });
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
        });
        var host = builder.Build();
        // No gateway answering, or one that accepts the socket but not the handshake (TLS on one side only, or
        // another cluster's certificate), makes Orleans retry forever: bound the wait and say what to check.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(GatewayTimeout);
        try
        {
            await host.StartAsync(deadline.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            host.Dispose();
            throw new ClusterUnavailableException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"no gateway of cluster '{clusterId}' ({connection.Describe()}) completed a connection within {GatewayTimeout.TotalSeconds:0} s; ") + (tls is null
                ? "if the cluster uses TLS, give its certificate with --tls-cert/--tls-key or --tls-pfx"
                : $"check that the cluster uses TLS with the same certificate as {tls.Source}"), e);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return host;
    }

    private static async Task CheckActiveSilosAsync(string membership, string clusterId, ClusterConnection connection, CancellationToken cancellationToken)
    {
        var active = await Sim.Cluster.ClusterDatabase.ActiveSilosAsync(membership, cancellationToken);
        if (active.GetValueOrDefault(clusterId) > 0)
        {
            return;
        }

        var others = active.Where(c => c.Value > 0).Select(c => $"'{c.Key}' ({c.Value})").Order(StringComparer.Ordinal).ToList();
        throw new ClusterUnavailableException(others.Count == 0
            ? $"{connection.Describe()} lists no active silo: start `sim silo --membership \"...\"` first"
            : $"{connection.Describe()} lists no active silo of cluster id '{clusterId}'; it has active silos of cluster id {string.Join(", ", others)} (--cluster-id)");
    }
}
