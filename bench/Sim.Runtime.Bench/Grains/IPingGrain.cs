using Sim.Runtime;

namespace Sim.Runtime.Bench.Grains;

public interface IPingGrain : IGrainWithIntegerKey
{
    ValueTask<int> Ping(int value);
}
