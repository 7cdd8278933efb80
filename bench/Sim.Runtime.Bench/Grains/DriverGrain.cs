using Sim.Runtime;

namespace Sim.Runtime.Bench.Grains;

[PreferLocalPlacement]
public sealed class DriverGrain : Grain, IDriverGrain
{
    public async Task<long> Drive(long[] targets, int rounds, int window)
    {
        var refs = targets.Select(t => GrainFactory.GetGrain<IPingGrain>(t)).ToArray();
        var pending = new ValueTask<int>[window];
        long sum = 0;
        for (var r = 0; r < rounds; r++)
        {
            for (var start = 0; start < refs.Length; start += window)
            {
                var n = Math.Min(window, refs.Length - start);
                for (var i = 0; i < n; i++)
                {
                    pending[i] = refs[start + i].Ping(i);
                }

                for (var i = 0; i < n; i++)
                {
                    sum += await pending[i];
                }
            }
        }

        return sum;
    }

    public Task<int> SendBatch(IBulkSinkGrain sink, PersonBatch batch) => sink.Receive(batch);
}
