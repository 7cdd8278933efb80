using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

[Reentrant]
public sealed class ReentrantTurnGrain : Grain, IReentrantTurnGrain
{
    private readonly TurnCheck _check = new();

    public Task Hit(int pause) => _check.Hit(pause);

    public Task<TurnStats> Stats() => Task.FromResult(_check.Stats());
}
