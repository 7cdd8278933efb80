using System.CommandLine;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sim.Host.Cli;
using Sim.Host.Cluster;
using Sim.Host.Dashboard;
using Sim.Host.Security;
using Sim.Host.Silo;

namespace Sim.Host.Commands;

/// <summary>
/// <c>sim silo [--membership CONN|localhost] [--cluster-id ID] [--service-id ID] [--silo-port N] [--gateway-port N]
/// [--primary-silo-port N] [--advertise HOST] [--tls-cert PEM --tls-key PEM | --tls-pfx FILE [--tls-pfx-password P]]
/// [--dashboard PORT [--dashboard-bind ADDR]] [--config FILE] [--verbose]</c>: a long-running silo that hosts runs
/// submitted with <c>sim run --cluster</c>. SIGINT/SIGTERM stop it gracefully (Orleans' ShuttingDown: its regions
/// resume from their checkpoints on the other silos).
/// </summary>
internal static class SiloCommand
{
    public static Command Create(CliConsole console)
    {
        var membership = new Option<string?>("--membership") { Description = "localhost (single-host dev cluster) or a PostgreSQL connection string (run `sim cluster init` on it first)." };
        var clusterId = new Option<string?>("--cluster-id") { Description = "Orleans cluster id shared by the cluster's silos and clients (default sim)." };
        var serviceId = new Option<string?>("--service-id") { Description = "Orleans service id (default sim)." };
        var siloPort = new Option<int?>("--silo-port") { Description = "Port silos talk to each other on (default 11111)." };
        var gatewayPort = new Option<int?>("--gateway-port") { Description = "Port clients connect to (default 30000)." };
        var primary = new Option<int?>("--primary-silo-port") { Description = "localhost membership: the primary silo's silo port (omit on the primary)." };
        var advertise = new Option<string?>("--advertise") { Description = "Address other hosts reach this silo at (PostgreSQL membership; default: this host's first address)." };
        var tlsCert = new Option<string?>("--tls-cert") { Description = "TLS: the cluster's certificate (PEM; e.g. from `sim cluster cert`), with --tls-key. Every silo and client of the cluster is given the same one." };
        var tlsKey = new Option<string?>("--tls-key") { Description = "TLS: the private key (PEM) of --tls-cert." };
        var tlsPfx = new Option<string?>("--tls-pfx") { Description = "TLS: the cluster's certificate and key as a PKCS#12 file (instead of --tls-cert/--tls-key)." };
        var tlsPfxPassword = new Option<string?>("--tls-pfx-password") { Description = "TLS: the password of --tls-pfx (or env SIM_Silo__TlsPfxPassword)." };
        var dashboard = new Option<int?>("--dashboard") { Description = "Serve Orleans' dashboard (/dashboard) and the runs page (/runs) over HTTP on this port." };
        var dashboardBind = new Option<string?>("--dashboard-bind") { Description = "Address the dashboard listens on (default 127.0.0.1; 0.0.0.0 opens it to the network: it has no login)." };
        var config = new Option<string?>("--config") { Description = "A JSON settings file with a Silo section (keys as the options, e.g. ClusterId)." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log Orleans' information messages too." };
        var command = new Command("silo", "Run a silo of a simulation cluster until SIGINT/SIGTERM.")
        {
            membership, clusterId, serviceId, siloPort, gatewayPort, primary, advertise, tlsCert, tlsKey, tlsPfx, tlsPfxPassword,
            dashboard, dashboardBind, config, verbose,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            SiloHostOptions options;
            try
            {
                options = Bind(parse.GetValue(config));
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException or FormatException or InvalidOperationException)
            {
                await console.Error.WriteLineAsync("sim silo: " + e.Message);
                return ExitCodes.BadInput;
            }

            options.Membership = parse.GetValue(membership) ?? options.Membership;
            options.ClusterId = parse.GetValue(clusterId) ?? options.ClusterId;
            options.ServiceId = parse.GetValue(serviceId) ?? options.ServiceId;
            options.SiloPort = parse.GetValue(siloPort) ?? options.SiloPort;
            options.GatewayPort = parse.GetValue(gatewayPort) ?? options.GatewayPort;
            options.PrimarySiloPort = parse.GetValue(primary) ?? options.PrimarySiloPort;
            options.Advertise = parse.GetValue(advertise) ?? options.Advertise;
            options.TlsCert = parse.GetValue(tlsCert) ?? options.TlsCert;
            options.TlsKey = parse.GetValue(tlsKey) ?? options.TlsKey;
            options.TlsPfx = parse.GetValue(tlsPfx) ?? options.TlsPfx;
            options.TlsPfxPassword = parse.GetValue(tlsPfxPassword) ?? options.TlsPfxPassword;
            options.Dashboard = parse.GetValue(dashboard) ?? options.Dashboard;
            options.DashboardBind = parse.GetValue(dashboardBind) ?? options.DashboardBind;
            return await RunAsync(options, parse.GetValue(verbose), console, cancellationToken);
        });
        return command;
    }

    private static SiloHostOptions Bind(string? configFile)
    {
        var builder = new ConfigurationBuilder().AddJsonFile(Path.GetFullPath("appsettings.json"), optional: true);
        if (configFile is not null)
        {
            if (!File.Exists(configFile))
            {
                throw new FileNotFoundException($"--config {configFile}: no such file");
            }

            builder.AddJsonFile(Path.GetFullPath(configFile), optional: false);
        }

        var options = new SiloHostOptions();
        builder.AddEnvironmentVariables("SIM_").Build().GetSection(SiloHostOptions.Section).Bind(options);
        return options;
    }

    private static async Task<int> RunAsync(SiloHostOptions options, bool verbose, CliConsole console, CancellationToken cancellationToken)
    {
        ClusterConnection membership;
        try
        {
            membership = ClusterConnection.Parse(options.Membership);
        }
        catch (FormatException e)
        {
            await console.Error.WriteLineAsync("sim silo: --membership " + e.Message);
            return ExitCodes.BadInput;
        }

        foreach (var (name, port) in new[] { ("--silo-port", options.SiloPort), ("--gateway-port", options.GatewayPort), ("--dashboard", options.Dashboard ?? 1) })
        {
            if (port is < 1 or > 65535)
            {
                await console.Error.WriteLineAsync($"sim silo: {name} {port}: allowed 1 to 65535");
                return ExitCodes.BadInput;
            }
        }

        if (!IPAddress.TryParse(options.DashboardBind, out _))
        {
            await console.Error.WriteLineAsync($"sim silo: --dashboard-bind {options.DashboardBind}: allowed an IP address (127.0.0.1, ::1, 0.0.0.0 for every interface)");
            return ExitCodes.BadInput;
        }

        ClusterTls? tls;
        try
        {
            tls = ClusterTls.Load(options.TlsCert, options.TlsKey, options.TlsPfx, options.TlsPfxPassword);
        }
        catch (InvalidDataException e)
        {
            await console.Error.WriteLineAsync("sim silo: " + e.Message);
            return ExitCodes.BadInput;
        }

        if (SiloPorts.InUse(options) is { } taken)
        {
            await console.Error.WriteLineAsync("sim silo: " + taken);
            return ExitCodes.BadInput;
        }

        try
        {
            // Reachable, the password right, the schema there: one line now rather than Orleans' errors on start.
            if (membership.PostgresConnectionString is { } postgres)
            {
                await Sim.Cluster.ClusterDatabase.ActiveSilosAsync(postgres, cancellationToken);
            }
        }
        catch (Sim.Cluster.ClusterDatabaseException e)
        {
            await console.Error.WriteLineAsync("sim silo: --membership " + e.Message);
            return ExitCodes.BadInput;
        }

        using var host = SiloHostFactory.Build(options, tls, logging => logging
            .SetMinimumLevel(LogLevel.Information)
            .AddFilter("Orleans", verbose ? LogLevel.Information : LogLevel.Warning)
            .AddFilter("Orleans.Runtime.Silo", verbose ? LogLevel.Information : LogLevel.Error)
            .AddFilter("Orleans.Runtime.Watchdog", verbose ? LogLevel.Information : LogLevel.Error)
            .AddFilter("Polly", LogLevel.Warning)
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddProvider(new ConsoleWriterLoggerProvider(console.Error, LogLevel.Information)));
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (ClusterProblem.Describe(e, membership, options) is { } problem)
        {
            await console.Error.WriteLineAsync("sim silo: " + problem);
            return ExitCodes.BadInput;
        }

        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"silo up: cluster {options.ClusterId}, service {options.ServiceId}, silo port {options.SiloPort}, gateway port {options.GatewayPort}, membership {(membership.IsPostgres ? membership.Describe() : options.PrimarySiloPort is { } p ? $"localhost, primary on silo port {p}" : "localhost, this silo is the primary")}, {(tls is null ? "plain text" : "TLS with " + tls.Certificate.Subject)}"));
        if (options.Dashboard is { } dashboardPort)
        {
            var url = $"http://{new IPEndPoint(IPAddress.Parse(options.DashboardBind), dashboardPort)}";
            await console.Out.WriteLineAsync($"dashboard: {url}{SiloDashboard.DashboardPath}/ (Orleans), {url}{SiloDashboard.RunsPath} (runs)");
        }
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // SIGINT/SIGTERM: leave the cluster gracefully.
        }

        await console.Out.WriteLineAsync("silo stopping (graceful: its grains deactivate, runs resume on the other silos)");
        await host.StopAsync(CancellationToken.None);
        await console.Out.WriteLineAsync("silo stopped");
        return ExitCodes.Ok;
    }
}
