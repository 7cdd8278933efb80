using Sim.Runtime;

namespace Sim.Runtime.Bench.Grains;

/// <summary>A grain with no fields of its own: its memory is the runtime's per-activation cost.</summary>
public sealed class IdleGrain : Grain, IIdleGrain
{
    public Task Touch() => Task.CompletedTask;
}
