using System.CommandLine;
using Sim.Host.Cli;

namespace Sim.Host.Commands.Calibrate;

/// <summary>
/// <c>sim calibrate SCENARIO OBSERVED [--out FILE] [--parent FILE] [--scale F] [--seeds N] [--max-evaluations N] [--until YYYY-MM]</c>:
/// fits the default calibration parameters to the observed data by Nelder–Mead on in-process runs of SCENARIO
/// with fixed seeds, prints every evaluation and writes the result as a scenario file extending --parent
/// (default <c>calibrated.yaml</c> beside SCENARIO). An existing file is replaced only with <c>--replace</c> (and kept
/// as <c>NAME.backup-N.yaml</c>); otherwise the result goes to <c>NAME-2.yaml</c> beside it. Exit 0 when written,
/// 2 on bad input.
/// </summary>
internal static class CalibrateCommand
{
    public static Command Create(CliConsole console)
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "The backtest scenario the parameters are fitted on (e.g. scenarios/mobilisation-2022.yaml)." };
        var observed = new Argument<string>("OBSERVED") { Description = "Folder of observed data (e.g. scenarios/observed)." };
        var output = new Option<string?>("--out", "-o") { Description = "Calibrated scenario file to write (default: calibrated.yaml beside SCENARIO)." };
        var parent = new Option<string?>("--parent") { Description = "Scenario the calibrated file extends (default: its current parent, else SCENARIO's parent)." };
        var scale = NumberOptions.WithDefault("--scale", "Agents per person of the candidate runs.", 0.02);
        var seeds = new Option<int>("--seeds") { Description = "Seeds per candidate (1..N, common to all candidates); the objective is their mean.", DefaultValueFactory = _ => 1 };
        var evaluations = new Option<int>("--max-evaluations") { Description = "Budget of objective evaluations.", DefaultValueFactory = _ => 150 };
        var until = new Option<string?>("--until") { Description = "Last simulated month YYYY-MM of a candidate (default: the last month the observations need)." };
        var replace = new Option<bool>("--replace") { Description = "Replace an existing calibrated file (kept as NAME.backup-N.yaml); without it the result goes to NAME-2.yaml beside it." };
        var command = new Command("calibrate", "Fit relocation, departure and rent parameters to observed data and write the calibrated scenario file.")
        {
            scenario, observed, output, parent, scale, seeds, evaluations, until, replace,
        };
        command.SetAction((parse, _) => CommandGuard.RunAsync(console, "calibrate", () => CalibrateHandler.Execute(
            new CalibrateOptions(parse.GetValue(scenario)!, parse.GetValue(observed)!, parse.GetValue(output), parse.GetValue(parent),
                parse.GetValue(scale), parse.GetValue(seeds), parse.GetValue(evaluations),
                MonthOption.Parse("--until", parse.GetValue(until)), parse.GetValue(until), parse.GetValue(replace)),
            console)));
        return command;
    }
}
