using System.CommandLine;
using Sim.Host.Cli;

namespace Sim.Host.Commands.Person;

/// <summary>
/// <c>sim person RUN ID [--live] [--at YYYY-MM]</c>: a person's profile and history. By default from the run
/// folder's files (person snapshots, event log). With <c>--live</c> the run is replayed from its manifest (same
/// scenario, seed and scale give the same persons) on the grains up to <c>--at</c>, and the person grain answers:
/// the profile in any month and the full history kept in the regions' logs, even for runs without snapshots.
/// </summary>
internal static class PersonCommand
{
    public static Command Create(CliConsole console)
    {
        var run = new Argument<string>("RUN") { Description = "Run folder (or its name under out/)." };
        var id = new Argument<long>("ID") { Description = "Person id (person_id in the outputs)." };
        var live = new Option<bool>("--live") { Description = "Replay the run on the grains and ask the person grain." };
        var at = new Option<string?>("--at") { Description = "With --live: the month to stop the replay after (default: the run's last month)." };
        var command = new Command("person", "Print a person's profile and history from a run.") { run, id, live, at };
        command.SetAction((parse, cancellationToken) => CommandGuard.RunAsync(console, "person", () => PersonHandler.ExecuteAsync(
            new PersonOptions(parse.GetValue(run)!, parse.GetValue(id), parse.GetValue(live), parse.GetValue(at)), console, cancellationToken)));
        return command;
    }
}
