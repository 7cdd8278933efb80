using Orleans;
using Sim.Grains.Runs;

namespace Sim.Grains.Checkpoints;

/// <summary>
/// A run grain's stored state: enough for a fresh activation (after its silo died) to bring the run back to the
/// last month every region has checkpointed and replay from there.
/// </summary>
/// <param name="Spec">The run.</param>
/// <param name="MonthIndex">The last month every region has checkpointed (the month before the start: none yet).</param>
/// <param name="PersonMonths">Person-months simulated up to and including that month.</param>
[GenerateSerializer, Immutable]
public sealed record RunCheckpoint(RunSpec Spec, int MonthIndex, long PersonMonths);
