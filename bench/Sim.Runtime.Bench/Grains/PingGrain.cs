using Sim.Runtime;

namespace Sim.Runtime.Bench.Grains;

public sealed class PingGrain : Grain, IPingGrain
{
    public ValueTask<int> Ping(int value) => ValueTask.FromResult(value + 1);
}
