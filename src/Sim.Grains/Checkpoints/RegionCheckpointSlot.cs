using Orleans;

namespace Sim.Grains.Checkpoints;

/// <summary>A region's state at the end of one month (the model's binary checkpoint).</summary>
/// <param name="MonthIndex">The month the state ends (<c>YearMonth.Index</c>).</param>
/// <param name="Data">The bytes of <c>RegionSimulation.WriteCheckpoint</c>, in the chunks they were written in.</param>
[GenerateSerializer, Immutable]
public sealed record RegionCheckpointSlot(int MonthIndex, byte[][] Data);
