using System.CommandLine;
using Sim.Host.Cli;

namespace Sim.Host.Commands.Levers;

/// <summary>
/// <c>sim levers RUN [--against BASE] [--markdown]</c>: for every policy lever of the run's scenario, its source,
/// its values and dates, and the persons a year it produced (region_month counters × weight), minus the baseline's
/// where given.
/// </summary>
internal static class LeversCommand
{
    public static Command Create(CliConsole console)
    {
        var run = new Argument<string>("RUN") { Description = "Run or ensemble folder." };
        var against = new Option<string?>("--against") { Description = "Baseline run or ensemble folder to subtract." };
        var markdown = new Option<bool>("--markdown") { Description = "Print a Markdown table (as in docs/levers.md)." };
        var command = new Command("levers", "List every policy lever of a run: source, values and dates, persons a year produced.") { run, against, markdown };
        command.SetAction(parse => CommandGuard.RunAsync(console, "levers", () => LeversHandler.Execute(
            new LeversOptions(parse.GetValue(run)!, parse.GetValue(against), parse.GetValue(markdown)), console)));
        return command;
    }
}
