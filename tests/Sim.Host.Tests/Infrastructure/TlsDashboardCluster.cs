using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Sim.Host.Tests.Infrastructure;

/// <summary>
/// A live cluster of three real <c>sim silo</c> processes on free loopback ports (localhost membership), all with the
/// TLS certificate made by <c>sim cluster cert</c>; the first serves the dashboard.
/// </summary>
public sealed class TlsDashboardCluster : IAsyncLifetime
{
    private readonly TempFolder _folder = new("tls-cluster");
    private readonly List<SimProcess> _silos = [];

    internal string Folder => _folder.Path;

    internal string CertFile => _folder.Combine("certs", "cluster.crt");

    internal string KeyFile => _folder.Combine("certs", "cluster.key");

    /// <summary>Silo ports of the three silos (the first is the primary).</summary>
    internal int[] SiloPorts { get; private set; } = [];

    /// <summary>The primary's gateway port.</summary>
    internal int GatewayPort { get; private set; }

    internal int DashboardPort { get; private set; }

    internal string DashboardUrl => "http://127.0.0.1:" + DashboardPort.ToString(CultureInfo.InvariantCulture);

    /// <summary>The TLS options of a member of this cluster.</summary>
    internal string[] TlsArgs => ["--tls-cert", CertFile, "--tls-key", KeyFile];

    public async Task InitializeAsync()
    {
        var (code, output) = await SimProcess.RunAsync(Folder, "cluster", "cert", "--out", "certs");
        Assert.True(code == 0, output);
        var ports = FreePorts(7);
        SiloPorts = ports[..3];
        GatewayPort = ports[3];
        DashboardPort = ports[6];
        for (var i = 0; i < 3; i++)
        {
            string[] args = ["silo", "--silo-port", Text(SiloPorts[i]), "--gateway-port", Text(ports[3 + i]), .. TlsArgs];
            args = i == 0 ? [.. args, "--dashboard", Text(DashboardPort)] : [.. args, "--primary-silo-port", Text(SiloPorts[0])];
            var silo = SimProcess.Start(Folder, args);
            _silos.Add(silo);
            await silo.WaitForLineAsync("silo up:");
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var silo in Enumerable.Reverse(_silos))
        {
            if (!silo.HasExited)
            {
                await silo.SignalAsync("TERM");
                await silo.WaitForExitAsync(TimeSpan.FromMinutes(1));
            }

            silo.Dispose();
        }

        _folder.Dispose();
    }

    internal static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Ports free on loopback now (held together while chosen so that they differ).</summary>
    internal static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }
}
