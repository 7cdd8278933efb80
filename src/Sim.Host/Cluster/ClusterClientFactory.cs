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
    /// <summary>How long joining the cluster may take before the client gives up.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Connects to the cluster; the returned host owns the client (stop and dispose it when done). With
    /// <paramref name="tls"/> the gateway connections are TLS, presenting the cluster's certificate.
    /// </summary>
    public static async Task<IHost> ConnectAsync(ClusterConnection connection, string clusterId, string serviceId,
        Action<ILoggingBuilder> logging, TimeSpan callTimeout, CancellationToken cancellationToken, ClusterTls? tls = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        logging(builder.Logging);
        builder.Services.AddSingleton<IHostLifetime, EmbeddedSiloLifetime>();
        builder.UseOrleansClient(client =>
        {
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

            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = callTimeout);
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
        });
        var host = builder.Build();
        // A gateway that accepts the socket but not the handshake (TLS on one side only, or another cluster's
        // certificate) makes Orleans retry forever: bound the wait and say what to check.
        using var connectLimit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        connectLimit.CancelAfter(ConnectTimeout);
        try
        {
            await host.StartAsync(connectLimit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            host.Dispose();
            throw new TimeoutException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"no gateway completed a connection within {ConnectTimeout.TotalSeconds:0} s; ") + (tls is null
                ? "if the cluster uses TLS, give its certificate with --tls-cert/--tls-key or --tls-pfx"
                : $"check that the cluster uses TLS with the same certificate as {tls.Source}"));
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return host;
    }
}
