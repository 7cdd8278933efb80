using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans;
using Sim.Grains.Hosting;
using Sim.Host.Cli;
using Sim.Host.Cluster;

namespace Sim.Host.Commands;

/// <summary>
/// <c>sim cluster status --cluster CONN [--cluster-id ID] [--service-id ID] [--all]</c>: the cluster's silos (address,
/// status, name, uptime, activations) and its runs in flight (months done of the total, person-months per second).
/// A cluster that cannot be reached is one line; exit 2.
/// </summary>
internal static class ClusterStatusCommand
{
    public static Command Create(CliConsole console)
    {
        var cluster = new Option<string>("--cluster")
        {
            Description = "The cluster: the PostgreSQL connection string of its membership, or localhost[:GATEWAYPORT].",
            Required = true,
        };
        var clusterId = new Option<string>("--cluster-id") { Description = "The cluster's id.", DefaultValueFactory = _ => "sim" };
        var serviceId = new Option<string>("--service-id") { Description = "The cluster's service id.", DefaultValueFactory = _ => "sim" };
        var all = new Option<bool>("--all") { Description = "List dead silos of the membership table too." };
        var command = new Command("status", "List the cluster's silos and the runs in flight.") { cluster, clusterId, serviceId, all };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var id = parse.GetValue(clusterId)!;
            ClusterConnection connection;
            try
            {
                connection = ClusterConnection.Parse(parse.GetRequiredValue(cluster));
            }
            catch (FormatException e)
            {
                await console.Error.WriteLineAsync("sim cluster status: --cluster " + e.Message);
                return ExitCodes.BadInput;
            }

            try
            {
                using var client = await ClusterClientFactory.ConnectAsync(connection, id, parse.GetValue(serviceId)!,
                    logging => logging.SetMinimumLevel(LogLevel.None), new SimulationClusterOptions().CallTimeout, cancellationToken);
                var status = await ClusterStatus.QueryAsync(client.Services.GetRequiredService<IClusterClient>(), parse.GetValue(all));
                await console.Out.WriteAsync(status.Format(id));
                await client.StopAsync(CancellationToken.None);
                return ExitCodes.Ok;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return ExitCodes.Cancelled;
            }
            catch (Exception e) when (ClusterProblem.DescribeClient(e, connection) is { } problem)
            {
                await console.Error.WriteLineAsync($"sim cluster status: cannot reach cluster {id} ({connection.Describe()}): {problem}");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }
}
