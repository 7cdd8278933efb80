using Sim.Runtime;

namespace Sim.Runtime.Bench.Grains;

[PreferLocalPlacement]
public sealed class DriverGrain : Grain, IDriverGrain
{
    public async Task<long> Drive(long[] targets, int rounds, int window)
    {
        var refs = targets.Select(t => GrainFactory.GetGrain<IPingGrain>(t)).ToArray();
        long sum = 0;
        for (var r = 0; r < rounds; r++)
        {
            for (var start = 0; start < refs.Length; start += window)
            {
                // A window of calls in flight, awaited together (the fan-out/barrier pattern of the simulation).
                var n = Math.Min(window, refs.Length - start);
                var pending = new Task<int>[n];
                for (var i = 0; i < n; i++)
                {
                    pending[i] = refs[start + i].Ping(i).AsTask();
                }

                foreach (var result in await Task.WhenAll(pending))
                {
                    sum += result;
                }
            }
        }

        return sum;
    }

    public Task<int> SendBatch(IBulkSinkGrain sink, PersonBatch batch) => sink.Receive(batch);
}
