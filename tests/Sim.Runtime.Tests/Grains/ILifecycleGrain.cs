using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public interface ILifecycleGrain : IGrainWithIntegerKey
{
    /// <summary>Adds to the in-memory state and returns the state.</summary>
    Task<int> Add(int amount);

    Task<string> SiloName();

    Task DeactivateWhenIdle();
}
