using Sim.Runtime;

namespace Sim.Runtime.Bench.Grains;

[PreferLocalPlacement]
public sealed class BulkSinkGrain : Grain, IBulkSinkGrain
{
    public Task<int> Receive(PersonBatch batch) => Task.FromResult(batch.Id.Length);
}
