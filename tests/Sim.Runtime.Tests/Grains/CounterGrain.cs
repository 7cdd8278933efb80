using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public sealed class CounterGrain(ILocalSiloDetails silo) : Grain, ICounterGrain
{
    private int _value;

    public Task<int> Add(int amount)
    {
        _value += amount;
        return Task.FromResult(_value);
    }

    public Task<int> Get() => Task.FromResult(_value);

    public ValueTask<string> WhereAmI() => ValueTask.FromResult(silo.Name);

    public ValueTask Reset()
    {
        _value = 0;
        return ValueTask.CompletedTask;
    }

    public Task Fail(string message) => throw new InvalidOperationException(message);

    public async Task<int> AddVia(ICounterGrain other, int amount) => await other.Add(amount);

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
