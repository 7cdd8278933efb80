using System.CommandLine;
using Sim.Host.Cli;

namespace Sim.Host.Commands.Fit;

/// <summary>
/// <c>sim fit RUN OBSERVED [--out DIR]</c>: compares a run folder's region_month with observed data and writes the
/// fit report (Markdown and SVG charts). <c>sim fit --backtest SCENARIO OBSERVED [--seeds N] [--scale F]</c> runs the
/// scenario in process for N seeds first and reports the spread over them. Exit 0 with a report, 2 on bad input.
/// </summary>
internal static class FitCommand
{
    public static Command Create(CliConsole console)
    {
        var run = new Argument<string>("RUN") { Description = "A run folder written by 'sim run' (with --backtest: a scenario file)." };
        var observed = new Argument<string>("OBSERVED") { Description = "Folder of observed data (e.g. scenarios/observed)." };
        var output = new Option<string?>("--out", "-o") { Description = "Report folder (default: RUN/fit, or out/backtest-fit with --backtest)." };
        var backtest = new Option<bool>("--backtest") { Description = "Treat RUN as a scenario: run it in process for --seeds seeds and report the spread." };
        var seeds = new Option<int>("--seeds") { Description = "With --backtest: number of seeds (1..N).", DefaultValueFactory = _ => 5 };
        var scale = NumberOptions.Optional("--scale", "With --backtest: agents per person (default: the scenario's).");
        var until = new Option<string?>("--until") { Description = "With --backtest: last month YYYY-MM (default: the last month the observations need)." };
        var command = new Command("fit", "Compare a run (or an in-process multi-seed backtest) with observed data and write the fit report.")
        {
            run, observed, output, backtest, seeds, scale, until,
        };
        command.SetAction((parse, _) => CommandGuard.RunAsync(console, "fit", () => FitHandler.Execute(
            new FitOptions(parse.GetValue(run)!, parse.GetValue(observed)!, parse.GetValue(output), parse.GetValue(backtest),
                parse.GetValue(seeds), parse.GetValue(scale), MonthOption.Parse("--until", parse.GetValue(until))),
            console)));
        return command;
    }
}
