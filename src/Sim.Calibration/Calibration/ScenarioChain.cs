using Sim.Scenarios;

namespace Sim.Calibration.Calibration;

/// <summary>Where a calibrated scenario file sits in an <c>extends</c> chain (read with the loader's <see cref="ScenarioLoader.ParentOf"/>).</summary>
public static class ScenarioChain
{
    /// <summary>
    /// The parent a calibrated file should extend: the parent it already has when it exists; otherwise the
    /// first file up <paramref name="scenarioPath"/>'s chain that is not <paramref name="calibratedPath"/> itself
    /// (so that a scenario which already extends the calibrated file does not make it extend itself).
    /// </summary>
    public static string DefaultParent(string scenarioPath, string calibratedPath)
    {
        var calibrated = Path.GetFullPath(calibratedPath);
        if (File.Exists(calibrated) && ScenarioLoader.ParentOf(calibrated) is { } existing)
        {
            return existing;
        }

        var parent = ScenarioLoader.ParentOf(scenarioPath) ?? throw new CalibrationInputException($"{scenarioPath} extends no file: name the parent of the calibrated file explicitly");
        if (string.Equals(parent, calibrated, StringComparison.Ordinal))
        {
            parent = ScenarioLoader.ParentOf(parent) ?? throw new CalibrationInputException($"{calibratedPath} extends no file: name its parent explicitly");
        }

        return parent;
    }
}
