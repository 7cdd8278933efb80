using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> Add(int amount);

    Task<int> Get();

    ValueTask<string> WhereAmI();

    ValueTask Reset();

    Task Fail(string message);

    Task<int> AddVia(ICounterGrain other, int amount);

    Task Deactivate();
}
