using System.CommandLine;
using Sim.Grains.Hosting;
using Sim.Host.Cli;

namespace Sim.Host.Commands.Ensemble;

/// <summary>
/// <c>sim ensemble SCENARIO --members N [--out DIR] [--seed S] [--scale F] [--end YYYY-MM] [--snapshots]
/// [--concurrency K] [--silos N | --cluster CONN] [--parameters drawn|fixed]</c>: N runs of SCENARIO with seeds S, S + 1,
/// ... and parameters drawn from the calibration's uncertainty as concurrent runs on the Orleans cluster (embedded by
/// default), then the ensemble folder: members/seed-*/, summary/ quantile tables and the members' parameters.
/// </summary>
internal static class EnsembleCommand
{
    public static Command Create(CliConsole console)
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "The scenario file (YAML)." };
        var members = new Option<int>("--members", "-n") { Description = $"Member runs, 1 to {EnsembleHandler.MaxMembers}.", Required = true };
        var output = new Option<string?>("--out", "-o") { Description = "Ensemble folder to create (default out/<scenario>-ensemble<N>-seed<S>)." };
        var seed = new Option<long?>("--seed") { Description = "Seed of the first member; member k gets seed + k (default: the scenario's seed)." };
        var scale = NumberOptions.Optional("--scale", "Agents per person, 0 < F <= 2 (default: the scenario's; above 1, several agents per person).");
        var end = new Option<string?>("--end") { Description = "Last simulated month YYYY-MM (default: the scenario's)." };
        var snapshots = new Option<bool>("--snapshots") { Description = "Keep the scenario's person snapshots in every member (large)." };
        var concurrency = new Option<int>("--concurrency") { Description = "Members simulated at once (0: one per processor).", DefaultValueFactory = _ => 0 };
        var silos = new Option<int>("--silos") { Description = $"Embedded Orleans silos (1..{SimulationClusterOptions.MaxSilos}).", DefaultValueFactory = _ => 1 };
        var cluster = new Option<string?>("--cluster") { Description = "Submit the members to a cluster of `sim silo` processes (localhost[:PORT] or PostgreSQL connection string)." };
        var clusterId = new Option<string>("--cluster-id") { Description = "The cluster's id (with --cluster).", DefaultValueFactory = _ => "sim" };
        var parameters = new Option<string>("--parameters")
        {
            Description = "drawn: each member's calibrated parameters are drawn from the calibration's uncertainty (NAME.uncertainty.csv up the extends chain); fixed: the scenario's, only the seed varies.",
            DefaultValueFactory = _ => EnsembleOptions.Drawn,
        };
        var command = new Command("ensemble", "Run a scenario for several seeds and parameter draws at once and write the members with quantile tables of every indicator.")
        {
            scenario, members, output, seed, scale, end, snapshots, concurrency, silos, cluster, clusterId, parameters,
        };
        command.SetAction((parse, cancellationToken) => CommandGuard.RunAsync(console, "ensemble", () => EnsembleHandler.ExecuteAsync(
            new EnsembleOptions(parse.GetValue(scenario)!, parse.GetValue(members), parse.GetValue(output), parse.GetValue(seed),
                parse.GetValue(scale), MonthOption.Parse("--end", parse.GetValue(end)), parse.GetValue(snapshots),
                parse.GetValue(concurrency), parse.GetValue(silos), parse.GetValue(cluster), parse.GetValue(clusterId)!, parse.GetValue(parameters)!),
            console,
            cancellationToken)));
        return command;
    }
}
