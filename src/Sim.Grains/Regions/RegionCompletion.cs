using Orleans;
using Sim.Grains.Output.Parts;

namespace Sim.Grains.Regions;

/// <summary>What a region grain reports when the run completes: its files and where its time went.</summary>
/// <param name="Files">Every file the region wrote.</param>
/// <param name="Timings">Time spent by phase.</param>
[GenerateSerializer, Immutable]
public sealed record RegionCompletion(OutputFileInfo[] Files, RegionTimings Timings);

/// <summary>Seconds a region spent in each phase over the whole run (measured inside the grain, excluding waits).</summary>
/// <param name="Synthesis">Synthesising the start population.</param>
/// <param name="Advance">The model's monthly processes (<c>RegionSimulation.Advance</c>).</param>
/// <param name="Receive">Appending incoming movers and the end-of-month census (<c>RegionSimulation.Receive</c>).</param>
/// <param name="Output">Writing part files (snapshots, events, region_month and flows).</param>
[GenerateSerializer, Immutable]
public sealed record RegionTimings(double Synthesis, double Advance, double Receive, double Output);
