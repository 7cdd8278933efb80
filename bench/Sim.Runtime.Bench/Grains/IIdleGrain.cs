using Sim.Runtime;

namespace Sim.Runtime.Bench.Grains;

public interface IIdleGrain : IGrainWithIntegerKey
{
    Task Touch();
}
