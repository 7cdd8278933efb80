using System.CommandLine;
using System.Globalization;
using Sim.Calibration.Backtest;
using Sim.Calibration.Fit;
using Sim.Calibration.Observed;
using Sim.Host.Cli;
using Sim.Host.Running;
using Sim.Model;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Host.Commands;

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
        var scale = new Option<double?>("--scale") { Description = "With --backtest: agents per person (default: the scenario's)." };
        var until = new Option<string?>("--until") { Description = "With --backtest: last month YYYY-MM (default: the last month the observations need)." };
        var command = new Command("fit", "Compare a run (or an in-process multi-seed backtest) with observed data and write the fit report.")
        {
            run, observed, output, backtest, seeds, scale, until,
        };
        command.SetAction(parse => Execute(console, parse.GetValue(run)!, parse.GetValue(observed)!, parse.GetValue(output),
            parse.GetValue(backtest), parse.GetValue(seeds), parse.GetValue(scale), parse.GetValue(until)));
        return command;
    }

    private static int Execute(CliConsole console, string run, string observedFolder, string? output, bool backtest, int seeds, double? scale, string? until)
    {
        try
        {
            var observed = ObservedDataLoader.Load(observedFolder);
            FitSummary summary;
            string folder;
            List<string> notes;
            if (backtest)
            {
                if (seeds < 1 || scale is <= 0 or > 1)
                {
                    console.Error.WriteLine("sim fit: --seeds must be at least 1 and --scale in (0, 1]");
                    return ExitCodes.BadInput;
                }

                var options = new BacktestOptions
                {
                    Seeds = Enumerable.Range(1, seeds).Select(s => (ulong)s).ToList(),
                    Scale = scale,
                    Until = ParseMonth(until),
                };
                var scenario = ScenarioLoader.Load(run);
                var effectiveScale = scale ?? scenario.Population.Scale;
                console.Out.WriteLine(FormattableString.Invariant($"backtest {scenario.Name}: {seeds} seed(s) at scale {effectiveScale}, in process"));
                summary = BacktestRunner.Run(run, observed, options, onRun: (fit, seconds) =>
                    console.Out.WriteLine(FormattableString.Invariant($"  {fit.Label}: {seconds:0.0} s")));
                folder = output ?? Path.Combine("out", "backtest-fit");
                notes =
                [
                    FormattableString.Invariant($"Scenario: `{run}` run in process (Sim.Model SequentialDriver) for seeds 1..{seeds} at scale {effectiveScale} (one agent per {1 / effectiveScale:0.##} persons)."),
                    $"Observed data: `{observedFolder}`.",
                    FormattableString.Invariant($"Regenerate: `dotnet run --project src/Sim.Host -c Release -- fit --backtest {run} {observedFolder} --seeds {seeds}{(scale is { } s ? FormattableString.Invariant($" --scale {s}") : string.Empty)}{(until is null ? string.Empty : " --until " + until)}`."),
                ];
            }
            else
            {
                var table = RegionMonthParquet.Read(run);
                summary = new FitSummary([FitEvaluator.Evaluate(run, table, observed)]);
                folder = output ?? Path.Combine(run, "fit");
                notes =
                [
                    FormattableString.Invariant($"Run folder: `{run}` (region_month read with Sim.Parquet; {table.MonthCount} months from {table.FirstMonth:yyyy-MM}, weight {table.Row(0, 0).Weight:0.##} persons per agent)."),
                    $"Observed data: `{observedFolder}`.",
                ];
            }

            var report = FitReportWriter.Write(summary, folder, backtest ? "Backtest fit" : "Fit of " + run, notes);
            PrintTargets(console, summary);
            console.Out.WriteLine($"report: {report}");
            return ExitCodes.Ok;
        }
        catch (ObservedDataException e)
        {
            console.Error.WriteLine("sim fit: " + e.Message);
            return ExitCodes.BadInput;
        }
        catch (ScenarioValidationException e)
        {
            ScenarioProblems.Write(console.Error, e.Errors);
            console.Error.WriteLine("sim fit: the scenario is invalid; nothing was run.");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or KeyNotFoundException or FormatException or ArgumentException)
        {
            console.Error.WriteLine("sim fit: " + e.Message);
            return ExitCodes.BadInput;
        }
    }

    private static YearMonth? ParseMonth(string? text) =>
        text is null ? null
        : YearMonth.TryParse(text, out var month) ? month
        : throw new FormatException($"--until '{text}' is not a month YYYY-MM");

    private static void PrintTargets(CliConsole console, FitSummary summary)
    {
        var multi = summary.Runs.Count > 1;
        foreach (var t in summary.Targets)
        {
            var c = t.Comparison;
            var spread = multi ? $" [{FitReportWriter.Value(t.Min, c.Unit)} .. {FitReportWriter.Value(t.Max, c.Unit)}]" : string.Empty;
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(t.PassAtMedian == true ? "pass" : "FAIL"),-4}  {c.Target}: observed {FitReportWriter.Value(c.Observed, c.Unit)}, simulated {FitReportWriter.Value(t.Median, c.Unit)}{spread} ({c.Criterion})"));
        }

        console.Out.WriteLine($"{summary.Targets.Count(t => t.PassAtMedian == true)} of {summary.Targets.Count()} targets pass");
    }
}
