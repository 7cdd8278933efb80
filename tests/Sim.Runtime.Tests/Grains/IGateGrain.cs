using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public interface IGateGrain : IGrainWithStringKey
{
    Task WaitForGate();

    [AlwaysInterleave]
    Task<string> Peek();

    Task<string> Plain();
}
