namespace Sim.Output;

/// <summary>One file a run was made from, as its manifest records it.</summary>
/// <param name="Role"><c>scenario</c> (a file of the extends chain) or <c>data</c> (a file a path key names).</param>
/// <param name="Source">Full path of the file when the run was made.</param>
/// <param name="Copy">For data files: the copy's path inside the run folder (forward slashes); null for scenario files.</param>
/// <param name="Sha256">SHA-256 of the file's bytes, lower-case hex.</param>
public sealed record RunInput(string Role, string Source, string? Copy, string Sha256);
