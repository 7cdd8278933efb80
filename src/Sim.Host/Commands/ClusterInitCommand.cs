using System.CommandLine;
using Sim.Cluster;
using Sim.Host.Cli;

namespace Sim.Host.Commands;

/// <summary>
/// <c>sim cluster init --membership CONN</c>: creates (or upgrades) the cluster's tables and Orleans' queries in
/// PostgreSQL; idempotent. An unusable database is one line naming host, port, database and user; exit 2.
/// </summary>
internal static class ClusterInitCommand
{
    public static Command Create(CliConsole console)
    {
        var membership = new Option<string>("--membership")
        {
            Description = "PostgreSQL connection string of the cluster's database, e.g. \"Host=db1;Port=5432;Username=sim;Password=...;Database=sim\".",
            Required = true,
        };
        var command = new Command("init", "Create or upgrade the cluster's PostgreSQL schema: Orleans' membership table, grain storage and queries (idempotent).")
        {
            membership,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var report = await ClusterDatabase.InitializeAsync(parse.GetRequiredValue(membership), cancellationToken);
                await console.Out.WriteLineAsync(
                    $"{report.Target}: cluster schema version {report.SchemaVersion} ready (membership and grain storage tables, {report.QueryKeys.Count} Orleans queries)");
                return ExitCodes.Ok;
            }
            catch (ClusterDatabaseException e)
            {
                await console.Error.WriteLineAsync("sim: cluster init: " + e.Message);
                return ExitCodes.BadInput;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return ExitCodes.Cancelled;
            }
        });
        return command;
    }
}
