using System.Globalization;
using Sim.Calibration.Calibration;
using Sim.Calibration.Observed;
using Sim.Calibration.Uncertainty;
using Sim.Host.Cli;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Host.Commands.Calibrate;

/// <summary>
/// Fits the declared calibration parameters to the observed data by Nelder–Mead on in-process runs, prints every
/// evaluation and writes the calibrated scenario file (validated before it replaces the target).
/// </summary>
internal static class CalibrateHandler
{
    public static int Execute(CalibrateOptions options, CliConsole console)
    {
        if (!PopulationParameters.IsAllowedScale(options.Scale))
        {
            throw new UserInputException(FormattableString.Invariant($"--scale {options.Scale}: allowed {PopulationParameters.ScaleRange}"));
        }

        if (options.Seeds < 1 || options.MaxEvaluations < 1)
        {
            throw new UserInputException(FormattableString.Invariant($"--seeds {options.Seeds}, --max-evaluations {options.MaxEvaluations}: allowed 1 or more each"));
        }

        InProcessRunChecks.Check(ScenarioLoader.Load(options.Scenario), options.Scale, options.Until);
        var observed = ObservedDataLoader.Load(options.Observed);
        var target = options.Out ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.Scenario)) ?? ".", "calibrated.yaml");
        if (Directory.Exists(target) || string.IsNullOrWhiteSpace(Path.GetFileName(Path.GetFullPath(target))))
        {
            // Checked before minutes of calibration, not when writing the result.
            throw new UserInputException($"--out {target} is a folder; give the calibrated scenario file to write, e.g. {Path.Combine(target, "calibrated.yaml")}");
        }

        var parentPath = options.Parent is not null ? Path.GetFullPath(options.Parent) : ScenarioChain.DefaultParent(options.Scenario, target);
        var calibration = new CalibrationOptions
        {
            Scale = options.Scale,
            Seeds = Enumerable.Range(1, options.Seeds).Select(s => (ulong)s).ToList(),
            MaxEvaluations = options.MaxEvaluations,
            Until = options.Until,
        };
        var parameters = CalibrationParameter.Defaults;
        var calibrator = new Calibrator(options.Scenario, observed, parameters, calibration);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"calibrate {options.Scenario} on {options.Observed}: {parameters.Count} parameters, scale {options.Scale}, seeds 1..{options.Seeds}, runs to {calibrator.End}, budget {options.MaxEvaluations} evaluations"));
        console.Out.WriteLine("parameters: " + string.Join(", ", parameters.Select(p => p.Key)));
        var result = calibrator.Run(p => console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"eval {p.Evaluation,4}  objective {p.Objective,9:0.000}  best {p.Best,9:0.000}  [{string.Join(", ", p.Values.Select(v => v.ToString("0.####", CultureInfo.InvariantCulture)))}]  {p.Seconds:0.0} s")));
        PrintResult(console, result);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"standard errors from the objective's curvature at the best point ({2 * parameters.Count} more evaluations):"));
        var uncertainty = calibrator.EstimateUncertainty(result);
        foreach (var u in uncertainty)
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {u.Key,-40} {u.Value,10:0.####} ± {u.StandardError,-10:0.####} ({u.Source})"));
        }

        var provenance = new List<string>
        {
            $"Fitted on {options.Scenario} against {options.Observed}, candidate runs at scale {options.Scale.ToString(CultureInfo.InvariantCulture)} with seeds 1..{options.Seeds} up to {calibrator.End}.",
            "Regenerate: dotnet run --project src/Sim.Host -c Release -- calibrate " + string.Join(' ', RegenerateArguments(options)) + " --replace",
        };
        CalibratedFileWritten written;
        try
        {
            written = CalibratedScenarioWriter.Write(target, parentPath, result, provenance, options.Replace, uncertainty);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine("sim calibrate: writing the calibrated file failed: " + e.Message);
            return ExitCodes.Failure;
        }

        console.Out.WriteLine($"wrote {written.Path} and {Path.GetFileName(UncertaintyFile.PathFor(written.Path))} (extends {Path.GetRelativePath(Path.GetDirectoryName(written.Path) ?? ".", parentPath)})");
        if (written.Backup is not null)
        {
            console.Out.WriteLine($"the previous {target} is kept as {written.Backup}");
        }
        else if (written.WroteBeside(target))
        {
            console.Out.WriteLine($"{target} exists and was left as it was; to use the new parameters, review {written.Path} and rerun with --replace (or move it over {target})");
        }

        return ExitCodes.Ok;
    }

    private static IEnumerable<string> RegenerateArguments(CalibrateOptions options)
    {
        yield return options.Scenario;
        yield return options.Observed;
        if (options.Out is not null)
        {
            yield return "--out " + options.Out;
        }

        if (options.Parent is not null)
        {
            yield return "--parent " + options.Parent;
        }

        yield return "--scale " + options.Scale.ToString(CultureInfo.InvariantCulture);
        yield return "--seeds " + options.Seeds.ToString(CultureInfo.InvariantCulture);
        yield return "--max-evaluations " + options.MaxEvaluations.ToString(CultureInfo.InvariantCulture);
        if (options.UntilText is not null)
        {
            yield return "--until " + options.UntilText;
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
