using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

/// <summary>Every shape of grain method: the four return types, no/many arguments, inherited methods, references.</summary>
public interface IKitchenSinkGrain : IBaseGrain
{
    Task Nothing();

    ValueTask NothingValue();

    ValueTask<long> Key();

    Task<string> Concat(string a, int b, long c, double d, bool e, DateOnly f, TimeSpan g, DayOfWeek h, int? i, string? j);

    Task<int> Deliver(Shipment shipment);

    Task<ICounterGrain> Echo(ICounterGrain grain);

    Task<int[]> Reverse(int[] values);

    [AlwaysInterleave]
    Task<int> Peek();
}
