namespace Sim.Output;

/// <summary>Seconds by phase summed over a run's regions, as the manifest records them.</summary>
/// <param name="Synthesis">Synthesising the start populations.</param>
/// <param name="Advance">The model's monthly processes.</param>
/// <param name="Receive">Appending incoming movers and the end-of-month census.</param>
/// <param name="Output">Gathering the months' outputs and encoding person snapshots.</param>
public sealed record RegionPhaseSeconds(double Synthesis, double Advance, double Receive, double Output);
