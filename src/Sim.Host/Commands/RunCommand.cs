using System.CommandLine;
using Sim.Grains.Hosting;
using Sim.Host.Cli;
using Sim.Host.Running;
using Sim.Host.Security;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Host.Commands;

/// <summary><c>sim run SCENARIO [--out DIR] [--scale F] [--seed N] [--end YYYY-MM] [--silos N | --cluster CONN [--cluster-id ID] [--tls-cert PEM --tls-key PEM | --tls-pfx FILE]] [--checkpoint-months N] [--compression snappy|zstd|none] [--force] [--verbose]</c>.</summary>
internal static class RunCommand
{
    public static Command Create(CliConsole console)
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "The scenario file (YAML)." };
        var output = new Option<string?>("--out", "-o") { Description = "Run folder (default out/<scenario>-seed<seed>, numbered -2, -3... if it exists)." };
        var scale = NumberOptions.Optional("--scale", "Agents per person, 0 < F <= 2 (default: the scenario's; 1.0 = every person, 2 = two agents per person).");
        var seed = new Option<long?>("--seed") { Description = "Root seed of every random stream, " + SeedRange.Description + " (default: the scenario's)." };
        var end = new Option<string?>("--end") { Description = "Last simulated month YYYY-MM (default: the scenario's)." };
        var silos = new Option<int>("--silos") { Description = $"Orleans silos started in this process for the run (1..{SimulationClusterOptions.MaxSilos}).", DefaultValueFactory = _ => 1 };
        // Removed with the move to Orleans, which schedules grains on the .NET thread pool: kept hidden so that an old
        // command line gets a sentence instead of "unrecognized option".
        var threads = new Option<int?>("--threads") { Hidden = true };
        var cluster = new Option<string?>("--cluster") { Description = "Submit the run to a cluster of `sim silo` processes: localhost[:GATEWAYPORT] or the PostgreSQL connection string of its membership. The files are still written here." };
        var clusterId = new Option<string>("--cluster-id") { Description = "The cluster's id (with --cluster).", DefaultValueFactory = _ => "sim" };
        var serviceId = new Option<string>("--service-id") { Description = "The cluster's service id (with --cluster).", DefaultValueFactory = _ => "sim" };
        var tlsCert = new Option<string?>("--tls-cert") { Description = "With --cluster: the cluster's TLS certificate (PEM), with --tls-key." };
        var tlsKey = new Option<string?>("--tls-key") { Description = "With --cluster: the private key (PEM) of --tls-cert." };
        var tlsPfx = new Option<string?>("--tls-pfx") { Description = "With --cluster: the cluster's TLS certificate and key as a PKCS#12 file." };
        var tlsPfxPassword = new Option<string?>("--tls-pfx-password") { Description = "The password of --tls-pfx." };
        var checkpointMonths = new Option<int?>("--checkpoint-months")
        {
            Description = $"Every how many months the regions checkpoint their state, so that the run survives a dead silo (1..{RunRequest.MaxCheckpointMonths}; default 12 with --silos > 1 or a PostgreSQL --cluster, none with one embedded silo or a localhost cluster, whose silos keep checkpoints in their own memory).",
        };
        var compression = new Option<string?>("--compression")
        {
            Description = $"Codec of every Parquet file of the run: {ScenarioChoices.Allowed(typeof(OutputCompression))} (default: the scenario's outputs.compression).",
        };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Show Orleans' informational logs on the terminal (they always go to the run's log file)." };
        var force = new Option<bool>("--force") { Description = "Replace an existing run folder (only once the new run has succeeded)." };
        var command = new Command("run", "Run a scenario and write its outputs (Parquet, manifest) to a run folder.")
        {
            scenario, output, scale, seed, end, silos, threads, force, verbose, cluster, clusterId, serviceId, tlsCert, tlsKey, tlsPfx, tlsPfxPassword, checkpointMonths, compression,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            ClusterTls? tls;
            try
            {
                tls = ClusterTls.Load(parse.GetValue(tlsCert), parse.GetValue(tlsKey), parse.GetValue(tlsPfx), parse.GetValue(tlsPfxPassword));
            }
            catch (InvalidDataException e)
            {
                await console.Error.WriteLineAsync("sim run: " + e.Message);
                return ExitCodes.BadInput;
            }

            OutputCompression? codec = null;
            if (parse.GetValue(compression) is { } codecName)
            {
                if (!ScenarioChoices.TryParse<OutputCompression>(codecName, out var parsed))
                {
                    await console.Error.WriteLineAsync($"sim run: --compression {codecName}: allowed {ScenarioChoices.Allowed(typeof(OutputCompression))}");
                    return ExitCodes.BadInput;
                }

                codec = parsed;
            }

            if (tls is not null && parse.GetValue(cluster) is null)
            {
                await console.Error.WriteLineAsync("sim run: --tls-cert/--tls-pfx secure a --cluster connection; without --cluster the run's silos are in this process");
                return ExitCodes.BadInput;
            }

            return await RunWorkflow.ExecuteAsync(
            new RunRequest(
                parse.GetValue(scenario)!,
                parse.GetValue(output),
                parse.GetValue(scale),
                parse.GetValue(seed),
                parse.GetValue(end),
                parse.GetValue(silos),
                parse.GetValue(threads),
                parse.GetValue(force),
                parse.GetValue(verbose),
                parse.GetValue(cluster),
                parse.GetValue(clusterId)!,
                parse.GetValue(serviceId)!,
                tls,
                parse.GetValue(checkpointMonths),
                codec),
            console,
            cancellationToken);
        });
        return command;
    }
}
