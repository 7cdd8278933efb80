namespace Sim.Calibration.Calibration;

/// <summary>Where <see cref="CalibratedScenarioWriter.Write"/> put the calibrated scenario.</summary>
/// <param name="Path">The file written: the requested one, or the next free numbered name beside it when the requested one existed and was not to be replaced.</param>
/// <param name="Backup">Where the replaced file was kept (only with replace), else null.</param>
public sealed record CalibratedFileWritten(string Path, string? Backup)
{
    /// <summary>Whether the result went to a new file because the requested one existed.</summary>
    public bool WroteBeside(string requested) => !string.Equals(Path, System.IO.Path.GetFullPath(requested), StringComparison.Ordinal);
}
