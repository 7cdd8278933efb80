namespace Sim.Scenarios;

/// <summary>A key of a map with the position of the key itself.</summary>
internal sealed record SourceEntry(string Key, string File, int Line, int Column, SourceNode Value);
