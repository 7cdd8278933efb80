namespace Sim.Reporting.Ensembles;

/// <summary>What <see cref="EnsembleFolder.Assemble"/> made.</summary>
/// <param name="Folder">The ensemble folder.</param>
/// <param name="Members">The member folders, sorted by seed.</param>
/// <param name="RegionalRows">Rows of the regional quantile table.</param>
/// <param name="NationalRows">Rows of the national quantile table.</param>
public sealed record EnsembleAssembly(string Folder, IReadOnlyList<string> Members, long RegionalRows, long NationalRows);
