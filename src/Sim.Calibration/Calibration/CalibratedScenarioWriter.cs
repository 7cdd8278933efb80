using System.Globalization;
using Sim.Calibration.Uncertainty;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Calibration.Calibration;

/// <summary>
/// Writes the calibrated parameters as a scenario file that extends a parent (e.g. <c>scenarios/calibrated.yaml</c>
/// extending <c>base.yaml</c>): only the fitted keys, with a header saying how they were obtained. The file is
/// written beside the target, loaded with the model's loader to validate it, and only then moved into place.
/// An existing file is never overwritten silently (it is the parent of every policy scenario): by default the result
/// goes to the next free <c>NAME-2.yaml</c>, <c>NAME-3.yaml</c>...; with replace the existing file is first kept as
/// <c>NAME.backup-N.yaml</c>. With the parameters' uncertainty, its sidecar (<see cref="UncertaintyFile"/>) is written
/// beside whichever file is written, and an existing sidecar is kept with the backup.
/// </summary>
public static class CalibratedScenarioWriter
{
    /// <summary>Writes and validates the file; throws <see cref="ScenarioValidationException"/> (target untouched) when it does not load.</summary>
    /// <param name="path">The calibrated file asked for.</param>
    /// <param name="parentPath">The scenario it extends.</param>
    /// <param name="result">The calibration.</param>
    /// <param name="provenance">Header lines saying how it was obtained.</param>
    /// <param name="replace">Replace an existing <paramref name="path"/> (kept as a backup) instead of writing beside it.</param>
    /// <param name="uncertainty">The parameters' standard errors (<see cref="CurvatureUncertainty"/>), or null to write no sidecar.</param>
    public static CalibratedFileWritten Write(string path, string parentPath, CalibrationResult result, IReadOnlyList<string> provenance, bool replace = false,
        IReadOnlyList<ParameterUncertainty>? uncertainty = null)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(folder);
        var relativeParent = Path.GetRelativePath(folder, Path.GetFullPath(parentPath));
        var header = new List<string>
        {
            "Calibrated parameters, written by `sim calibrate`; do not edit by hand (rerun the command).",
        };
        header.AddRange(provenance);
        header.Add(FormattableString.Invariant($"Objective {result.InitialObjective:0.###} -> {result.BestObjective:0.###} after {result.Evaluations} evaluations ({(result.Converged ? "converged" : "budget spent")})."));
        header.Add("Parameter (bounds; value before calibration): what it moves");
        header.AddRange(result.Parameters.Select((p, i) => FormattableString.Invariant(
            $"  {p.Key} ([{p.Lower}, {p.Upper}]; was {result.Initial[i].ToString("0.####", CultureInfo.InvariantCulture)}): {p.Why}")));
        var rounded = result.Parameters.Select((p, i) => new KeyValuePair<string, double>(p.Key, Round(result.Best[i]))).ToList();
        if (uncertainty is not null)
        {
            header.Add($"Standard errors of the parameters (for ensembles): {Path.GetFileName(UncertaintyFile.PathFor(full))} beside the file written.");
        }

        var staging = Path.Combine(folder, "." + Path.GetFileName(full) + ".staging.yaml");
        var stagingSidecar = Path.Combine(folder, "." + Path.GetFileName(full) + ".staging" + UncertaintyFile.Suffix);
        if (uncertainty is not null)
        {
            // The stored value is the one the YAML carries, so an ensemble of the calibrated file draws around it.
            UncertaintyFile.Write(stagingSidecar, [.. uncertainty.Select(u => u with { Value = Round(u.Value) })]);
        }

        ScenarioOverlay.Write(staging, relativeParent, rounded, "calibrated",
            "Baseline with the parameters fitted by sim calibrate to the 2022 backtest.", header);
        try
        {
            ScenarioLoader.Load(staging);
            if (!File.Exists(full))
            {
                File.Move(staging, full, overwrite: false);
                MoveSidecar(stagingSidecar, full);
                return new CalibratedFileWritten(full, null);
            }

            if (!replace)
            {
                var beside = FreeName(full, "-", first: 2);
                File.Move(staging, beside, overwrite: false);
                MoveSidecar(stagingSidecar, beside);
                return new CalibratedFileWritten(beside, null);
            }

            var backup = FreeName(full, ".backup-", first: 1);
            File.Copy(full, backup, overwrite: false);
            if (File.Exists(UncertaintyFile.PathFor(full)))
            {
                File.Copy(UncertaintyFile.PathFor(full), UncertaintyFile.PathFor(backup), overwrite: false);
            }

            File.Move(staging, full, overwrite: true);
            MoveSidecar(stagingSidecar, full);
            return new CalibratedFileWritten(full, backup);
        }
        finally
        {
            File.Delete(staging);
            File.Delete(stagingSidecar);
        }
    }

    /// <summary>Puts the staged sidecar beside <paramref name="scenarioFile"/> when one was staged.</summary>
    private static void MoveSidecar(string stagingSidecar, string scenarioFile)
    {
        if (File.Exists(stagingSidecar))
        {
            File.Move(stagingSidecar, UncertaintyFile.PathFor(scenarioFile), overwrite: true);
        }
    }

    /// <summary>The first <c>NAME{infix}N.EXT</c> beside <paramref name="full"/> that does not exist, N = first, first + 1...</summary>
    private static string FreeName(string full, string infix, int first)
    {
        var folder = Path.GetDirectoryName(full) ?? ".";
        var stem = Path.GetFileNameWithoutExtension(full);
        var extension = Path.GetExtension(full);
        for (var n = first; ; n++)
        {
            var candidate = Path.Combine(folder, FormattableString.Invariant($"{stem}{infix}{n}{extension}"));
            if (!File.Exists(candidate) && !Directory.Exists(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>Four significant digits: more than the calibration's sampling noise resolves.</summary>
    internal static double Round(double value) =>
        value == 0 ? 0 : Math.Round(value, Math.Max(0, 3 - (int)Math.Floor(Math.Log10(Math.Abs(value)))));
}
