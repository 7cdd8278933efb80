using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public sealed class OrderGrain : Grain, IOrderGrain
{
    private readonly Dictionary<string, int> _last = [];
    private long _received;
    private long _outOfOrder;

    public Task Record(string caller, int sequence)
    {
        var expected = _last.TryGetValue(caller, out var last) ? last + 1 : 0;
        if (sequence != expected)
        {
            _outOfOrder++;
        }

        _last[caller] = sequence;
        _received++;
        return Task.CompletedTask;
    }

    public Task<OrderReport> Report() => Task.FromResult(new OrderReport(_last.Count, _received, _outOfOrder, new Dictionary<string, int>(_last)));
}
