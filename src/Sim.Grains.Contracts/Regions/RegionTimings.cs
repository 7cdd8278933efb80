using Orleans;

namespace Sim.Grains.Regions;

/// <summary>Seconds a region spent in each phase over the whole run (measured inside the grain, excluding waits).</summary>
/// <param name="Synthesis">Synthesising the start population.</param>
/// <param name="Advance">The model's monthly processes (<c>RegionSimulation.Advance</c>).</param>
/// <param name="Receive">Appending incoming movers and the end-of-month census (<c>RegionSimulation.Receive</c>).</param>
/// <param name="Output">Gathering the month's outputs and encoding person snapshots.</param>
[GenerateSerializer, Immutable]
public sealed record RegionTimings(double Synthesis, double Advance, double Receive, double Output)
{
    /// <summary>The phases summed over <paramref name="regions"/>.</summary>
    public static RegionTimings Sum(IReadOnlyCollection<RegionTimings> regions) => new(
        regions.Sum(t => t.Synthesis), regions.Sum(t => t.Advance), regions.Sum(t => t.Receive), regions.Sum(t => t.Output));
}
