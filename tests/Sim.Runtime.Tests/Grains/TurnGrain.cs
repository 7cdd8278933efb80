using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public sealed class TurnGrain : Grain, ITurnGrain
{
    private readonly TurnCheck _check = new();

    public Task Hit(int pause) => _check.Hit(pause);

    public Task<TurnStats> Stats() => Task.FromResult(_check.Stats());
}
