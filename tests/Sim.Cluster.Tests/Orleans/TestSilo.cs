using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Sim.Cluster.Tests.Orleans;

/// <summary>
/// An Orleans silo in this process whose membership is the PostgreSQL table of the project's schema
/// (Microsoft.Orleans.Clustering.AdoNet, invariant Npgsql), on free loopback ports, tuned to join and leave fast.
/// </summary>
internal static class TestSilo
{
    public const string ServiceId = "sim-cluster-tests";

    public static IHost Build(string connectionString, string clusterId, string siloName, ErrorLog errors, Action<ISiloBuilder>? configure = null)
    {
        var (siloPort, gatewayPort) = TwoFreeLoopbackPorts();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(errors);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));
        builder.UseOrleans(silo =>
        {
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = ClusterSchema.Invariant;
                o.ConnectionString = connectionString;
            });
            silo.Configure<ClusterOptions>(o => Identify(o, clusterId));
            silo.Configure<SiloOptions>(o => o.SiloName = siloName);
            silo.ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort, listenOnAnyHostAddress: false);
            silo.Configure<ClusterMembershipOptions>(o =>
            {
                // Read the table often so that silos see each other join and leave within a second.
                o.TableRefreshTimeout = TimeSpan.FromMilliseconds(500);
                o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(2);
            });
            configure?.Invoke(silo);
        });
        return builder.Build();
    }

    /// <summary>A cluster client that finds the silos' gateways in the membership table.</summary>
    public static IHost BuildClient(string connectionString, string clusterId)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client =>
        {
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = ClusterSchema.Invariant;
                o.ConnectionString = connectionString;
            });
            client.Configure<ClusterOptions>(o => Identify(o, clusterId));
        });
        return builder.Build();
    }

    private static void Identify(ClusterOptions options, string clusterId)
    {
        options.ClusterId = clusterId;
        options.ServiceId = ServiceId;
    }

    /// <summary>Two distinct ports the OS just handed out on loopback (both bound at once, then released).</summary>
    private static (int Silo, int Gateway) TwoFreeLoopbackPorts()
    {
        using var first = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var second = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        first.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        second.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return (((IPEndPoint)first.LocalEndPoint!).Port, ((IPEndPoint)second.LocalEndPoint!).Port);
    }
}
