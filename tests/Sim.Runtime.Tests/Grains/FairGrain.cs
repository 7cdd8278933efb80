using System.Collections.Concurrent;
using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public sealed class FairGrain : Grain, IFairGrain
{
    private static readonly ConcurrentDictionary<string, long> Processed = new();

    public Task Work(int spin)
    {
        Thread.SpinWait(spin);
        Processed.AddOrUpdate(GetPrimaryKeyString(), 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task<long> ProcessedBy(string other) => Task.FromResult(Processed.GetValueOrDefault(other));
}
