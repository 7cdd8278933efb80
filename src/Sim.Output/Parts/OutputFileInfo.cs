namespace Sim.Output.Parts;

/// <summary>A file of a run's outputs as listed in the manifest.</summary>
/// <param name="Path">Path relative to the run folder, with forward slashes.</param>
/// <param name="Table">The output table the file belongs to.</param>
/// <param name="Rows">Rows in the file.</param>
public sealed record OutputFileInfo(string Path, string Table, long Rows);
