using System.Globalization;
using Sim.Calibration.Backtest;
using Sim.Calibration.Fit;
using Sim.Calibration.Observed;
using Sim.Host.Cli;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Host.Commands.Fit;

/// <summary>Evaluates a run folder (or an in-process multi-seed backtest) against observed data and writes the report.</summary>
internal static class FitHandler
{
    public static int Execute(FitOptions options, CliConsole console)
    {
        var observed = ObservedDataLoader.Load(options.Observed);
        FitSummary summary;
        string folder;
        List<string> notes;
        if (options.Backtest)
        {
            if (options.Seeds < 1)
            {
                throw new UserInputException(FormattableString.Invariant($"--seeds {options.Seeds}: allowed 1 or more"));
            }

            if (options.Scale is { } scale && !PopulationParameters.IsAllowedScale(scale))
            {
                throw new UserInputException(FormattableString.Invariant($"--scale {scale}: allowed {PopulationParameters.ScaleRange}"));
            }

            var scenario = ScenarioLoader.Load(options.Run);
            InProcessRunChecks.Check(scenario, options.Scale, options.Until);
            var backtest = new BacktestOptions
            {
                Seeds = Enumerable.Range(1, options.Seeds).Select(s => (ulong)s).ToList(),
                Scale = options.Scale,
                Until = options.Until,
            };
            var effectiveScale = options.Scale ?? scenario.Population.Scale;
            console.Out.WriteLine(FormattableString.Invariant($"backtest {scenario.Name}: {options.Seeds} seed(s) at scale {effectiveScale}, in process"));
            summary = BacktestRunner.Run(scenario, observed, backtest, onRun: (fit, seconds) =>
                console.Out.WriteLine(FormattableString.Invariant($"  {fit.Label}: {seconds:0.0} s")));
            folder = options.Out ?? Path.Combine("out", "backtest-fit");
            notes =
            [
                FormattableString.Invariant($"Scenario: `{options.Run}` run in process (Sim.Model SequentialDriver) for seeds 1..{options.Seeds} at scale {effectiveScale} (one agent per {1 / effectiveScale:0.##} persons)."),
                $"Observed data: `{options.Observed}`.",
                FormattableString.Invariant($"Regenerate: `dotnet run --project src/Sim.Host -c Release -- fit --backtest {options.Run} {options.Observed} --seeds {options.Seeds}{(options.Scale is { } s ? FormattableString.Invariant($" --scale {s}") : string.Empty)}{(options.Until is { } u ? " --until " + u : string.Empty)}`."),
            ];
        }
        else
        {
            var table = ReadRun(options.Run);
            summary = new FitSummary([FitEvaluator.Evaluate(options.Run, table, observed)]);
            folder = options.Out ?? Path.Combine(options.Run, "fit");
            notes =
            [
                FormattableString.Invariant($"Run folder: `{options.Run}` (region_month read with Sim.Parquet; {table.MonthCount} months from {table.FirstMonth:yyyy-MM}, weight {table.Row(0, 0).Weight:0.##} persons per agent)."),
                $"Observed data: `{options.Observed}`.",
            ];
        }

        var report = FitReportWriter.Write(summary, folder, options.Backtest ? "Backtest fit" : "Fit of " + options.Run, notes);
        PrintTargets(console, summary);
        console.Out.WriteLine($"report: {report}");
        return ExitCodes.Ok;
    }

    /// <summary>The run's region_month table; a folder that is not a run's is bad input.</summary>
    private static RegionMonthTable ReadRun(string run)
    {
        try
        {
            return RegionMonthParquet.Read(run);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or InvalidDataException)
        {
            throw new UserInputException(e.Message, e);
        }
    }

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
