using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

/// <summary>Non-reentrant: A → B → A waits forever for A's first request, until the response timeout.</summary>
public sealed class CycleGrain : Grain, ICycleGrain
{
    public async Task<int> Bounce(string other, int depth) =>
        depth == 0 ? 0 : 1 + await GrainFactory.GetGrain<ICycleGrain>(other).Bounce(GetPrimaryKeyString(), depth - 1);
}
