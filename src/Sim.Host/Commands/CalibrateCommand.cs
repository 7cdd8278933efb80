using System.CommandLine;
using System.Globalization;
using Sim.Calibration.Calibration;
using Sim.Calibration.Observed;
using Sim.Host.Cli;
using Sim.Host.Running;
using Sim.Model;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Host.Commands;

/// <summary>
/// <c>sim calibrate SCENARIO OBSERVED [--out FILE] [--parent FILE] [--scale F] [--seeds N] [--max-evaluations N] [--until YYYY-MM]</c>:
/// fits the default calibration parameters to the observed data by Nelder–Mead on in-process runs of SCENARIO
/// with fixed seeds, prints every evaluation and writes the result as a scenario file extending --parent
/// (default <c>calibrated.yaml</c> beside SCENARIO). Exit 0 when written, 2 on bad input.
/// </summary>
internal static class CalibrateCommand
{
    public static Command Create(CliConsole console)
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "The backtest scenario the parameters are fitted on (e.g. scenarios/mobilisation-2022.yaml)." };
        var observed = new Argument<string>("OBSERVED") { Description = "Folder of observed data (e.g. scenarios/observed)." };
        var output = new Option<string?>("--out", "-o") { Description = "Calibrated scenario file to write (default: calibrated.yaml beside SCENARIO)." };
        var parent = new Option<string?>("--parent") { Description = "Scenario the calibrated file extends (default: its current parent, else SCENARIO's parent)." };
        var scale = new Option<double>("--scale") { Description = "Agents per person of the candidate runs.", DefaultValueFactory = _ => 0.02 };
        var seeds = new Option<int>("--seeds") { Description = "Seeds per candidate (1..N, common to all candidates); the objective is their mean.", DefaultValueFactory = _ => 1 };
        var evaluations = new Option<int>("--max-evaluations") { Description = "Budget of objective evaluations.", DefaultValueFactory = _ => 150 };
        var until = new Option<string?>("--until") { Description = "Last simulated month YYYY-MM of a candidate (default: the last month the observations need)." };
        var command = new Command("calibrate", "Fit relocation, departure and rent parameters to observed data and write the calibrated scenario file.")
        {
            scenario, observed, output, parent, scale, seeds, evaluations, until,
        };
        command.SetAction(parse => Execute(console, parse.GetValue(scenario)!, parse.GetValue(observed)!, parse.GetValue(output),
            parse.GetValue(parent), parse.GetValue(scale), parse.GetValue(seeds), parse.GetValue(evaluations), parse.GetValue(until)));
        return command;
    }

    private static int Execute(CliConsole console, string scenarioPath, string observedFolder, string? output, string? parent,
        double scale, int seeds, int evaluations, string? until)
    {
        if (scale is <= 0 or > 1 || seeds < 1 || evaluations < 1)
        {
            console.Error.WriteLine("sim calibrate: --scale must be in (0, 1], --seeds and --max-evaluations at least 1");
            return ExitCodes.BadInput;
        }

        try
        {
            var observed = ObservedDataLoader.Load(observedFolder);
            var target = output ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(scenarioPath)) ?? ".", "calibrated.yaml");
            var parentPath = parent is not null ? Path.GetFullPath(parent) : ScenarioChain.DefaultParent(scenarioPath, target);
            YearMonth? last = until is null ? null : YearMonth.TryParse(until, out var m) ? m : throw new FormatException($"--until '{until}' is not a month YYYY-MM");
            var options = new CalibrationOptions
            {
                Scale = scale,
                Seeds = Enumerable.Range(1, seeds).Select(s => (ulong)s).ToList(),
                MaxEvaluations = evaluations,
                Until = last,
            };
            var parameters = CalibrationParameter.Defaults;
            var calibrator = new Calibrator(scenarioPath, observed, parameters, options);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"calibrate {scenarioPath} on {observedFolder}: {parameters.Count} parameters, scale {scale}, seeds 1..{seeds}, runs to {calibrator.End}, budget {evaluations} evaluations"));
            console.Out.WriteLine("parameters: " + string.Join(", ", parameters.Select(p => p.Key)));
            var result = calibrator.Run(p => console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"eval {p.Evaluation,4}  objective {p.Objective,9:0.000}  best {p.Best,9:0.000}  [{string.Join(", ", p.Values.Select(v => v.ToString("0.####", CultureInfo.InvariantCulture)))}]  {p.Seconds:0.0} s")));
            PrintResult(console, result);
            var provenance = new List<string>
            {
                $"Fitted on {scenarioPath} against {observedFolder}, candidate runs at scale {scale.ToString(CultureInfo.InvariantCulture)} with seeds 1..{seeds} up to {calibrator.End}.",
                "Regenerate: dotnet run --project src/Sim.Host -c Release -- calibrate " + string.Join(' ', RegenerateArguments(scenarioPath, observedFolder, output, parent, scale, seeds, evaluations, until)),
            };
            CalibratedScenarioWriter.Write(target, parentPath, result, provenance);
            console.Out.WriteLine($"wrote {target} (extends {Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(target)) ?? ".", parentPath)})");
            return ExitCodes.Ok;
        }
        catch (ObservedDataException e)
        {
            console.Error.WriteLine("sim calibrate: " + e.Message);
            return ExitCodes.BadInput;
        }
        catch (ScenarioValidationException e)
        {
            ScenarioProblems.Write(console.Error, e.Errors);
            console.Error.WriteLine("sim calibrate: a scenario is invalid; nothing was written.");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is FileNotFoundException or ArgumentException or KeyNotFoundException or FormatException)
        {
            console.Error.WriteLine("sim calibrate: " + e.Message);
            return ExitCodes.BadInput;
        }
    }

    private static IEnumerable<string> RegenerateArguments(string scenario, string observed, string? output, string? parent,
        double scale, int seeds, int evaluations, string? until)
    {
        yield return scenario;
        yield return observed;
        if (output is not null)
        {
            yield return "--out " + output;
        }

        if (parent is not null)
        {
            yield return "--parent " + parent;
        }

        yield return "--scale " + scale.ToString(CultureInfo.InvariantCulture);
        yield return "--seeds " + seeds.ToString(CultureInfo.InvariantCulture);
        yield return "--max-evaluations " + evaluations.ToString(CultureInfo.InvariantCulture);
        if (until is not null)
        {
            yield return "--until " + until;
        }
    }

    private static void PrintResult(CliConsole console, CalibrationResult result)
    {
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"objective {result.InitialObjective:0.###} -> {result.BestObjective:0.###} after {result.Evaluations} evaluations ({(result.Converged ? "converged" : "budget spent")})"));
        for (var i = 0; i < result.Parameters.Count; i++)
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {result.Parameters[i].Key,-40} {result.Initial[i],10:0.####} -> {result.Best[i],10:0.####}   [{result.Parameters[i].Lower}, {result.Parameters[i].Upper}]"));
        }

        console.Out.WriteLine("objective terms at the best point (first seed):");
        foreach (var term in result.BestTerms)
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {term.Name,-45} {term.Value,8:0.000}"));
        }
    }
}
