using Sim.Runtime;

namespace Sim.Runtime.Bench.Grains;

public interface IBulkSinkGrain : IGrainWithIntegerKey
{
    Task<int> Receive(PersonBatch batch);
}
