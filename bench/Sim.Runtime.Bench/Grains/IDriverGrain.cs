using Sim.Runtime;

namespace Sim.Runtime.Bench.Grains;

public interface IDriverGrain : IGrainWithIntegerKey
{
    /// <summary>Calls each target <paramref name="rounds"/> times, <paramref name="window"/> calls in flight.</summary>
    Task<long> Drive(long[] targets, int rounds, int window);

    /// <summary>Sends one batch to the sink and returns the count it reports.</summary>
    Task<int> SendBatch(IBulkSinkGrain sink, PersonBatch batch);
}
