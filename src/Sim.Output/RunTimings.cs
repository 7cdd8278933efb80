namespace Sim.Output;

/// <summary>How long the phases of a run took (measured by its driver).</summary>
/// <param name="Start">Loading and synthesising the populations.</param>
/// <param name="Simulate">All months, including the files written during them (snapshots, events).</param>
/// <param name="Complete">Writing the remaining files and the manifest.</param>
public sealed record RunTimings(TimeSpan Start, TimeSpan Simulate, TimeSpan Complete)
{
    /// <summary>Seconds by phase summed over the region grains, when known.</summary>
    public RegionPhaseSeconds? Regions { get; init; }

    /// <summary>The sum of the phases.</summary>
    public TimeSpan Total => Start + Simulate + Complete;
}
