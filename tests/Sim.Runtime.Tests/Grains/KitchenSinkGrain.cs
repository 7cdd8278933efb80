using System.Globalization;
using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public sealed class KitchenSinkGrain : Grain, IKitchenSinkGrain
{
    public Task<string> Name() => Task.FromResult($"sink {GetPrimaryKeyString()}");

    public Task Nothing() => Task.CompletedTask;

    public ValueTask NothingValue() => ValueTask.CompletedTask;

    public ValueTask<long> Key() => ValueTask.FromResult((long)GetPrimaryKeyString().Length);

    public Task<string> Concat(string a, int b, long c, double d, bool e, DateOnly f, TimeSpan g, DayOfWeek h, int? i, string? j) =>
        Task.FromResult(string.Join("|", a, b, c, d.ToString(CultureInfo.InvariantCulture), e, f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), g, h, i?.ToString(CultureInfo.InvariantCulture) ?? "null", j ?? "null"));

    public async Task<int> Deliver(Shipment shipment)
    {
        var total = await shipment.Destination.Add(1);
        foreach (var copy in shipment.CarbonCopies)
        {
            total += await copy.Add(10);
        }

        foreach (var (_, grain) in shipment.ByName)
        {
            total += await grain.Add(100);
        }

        return total;
    }

    public Task<ICounterGrain> Echo(ICounterGrain grain) => Task.FromResult(grain);

    public Task<int[]> Reverse(int[] values) => Task.FromResult(values.Reverse().ToArray());

    public Task<int> Peek() => Task.FromResult(7);
}
