using System.CommandLine;
using Sim.Host.Cli;
using Sim.Host.Running;
using Sim.Model.Scenarios;

namespace Sim.Host.Commands;

/// <summary><c>sim run SCENARIO [--out DIR] [--scale F] [--seed N] [--end YYYY-MM] [--silos N] [--threads N] [--force]</c>.</summary>
internal static class RunCommand
{
    public static Command Create(CliConsole console)
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "The scenario file (YAML)." };
        var output = new Option<string?>("--out", "-o") { Description = "Run folder (default out/<scenario>-seed<seed>, numbered -2, -3... if it exists)." };
        var scale = new Option<double?>("--scale") { Description = "Agents per person, 0 < F <= 1 (default: the scenario's; 1.0 = every person)." };
        var seed = new Option<long?>("--seed") { Description = "Root seed of every random stream, " + SeedRange.Description + " (default: the scenario's)." };
        var end = new Option<string?>("--end") { Description = "Last simulated month YYYY-MM (default: the scenario's)." };
        var silos = new Option<int>("--silos") { Description = "In-process silos hosting the region grains.", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = "Worker threads per silo (0: one per processor).", DefaultValueFactory = _ => 0 };
        var force = new Option<bool>("--force") { Description = "Replace an existing run folder (only once the new run has succeeded)." };
        var command = new Command("run", "Run a scenario and write its outputs (Parquet, manifest) to a run folder.")
        {
            scenario, output, scale, seed, end, silos, threads, force,
        };
        command.SetAction((parse, cancellationToken) => RunWorkflow.ExecuteAsync(
            new RunRequest(
                parse.GetValue(scenario)!,
                parse.GetValue(output),
                parse.GetValue(scale),
                parse.GetValue(seed),
                parse.GetValue(end),
                parse.GetValue(silos),
                parse.GetValue(threads),
                parse.GetValue(force)),
            console,
            cancellationToken));
        return command;
    }
}
