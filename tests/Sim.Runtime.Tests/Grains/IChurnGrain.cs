using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public interface IChurnGrain : IGrainWithIntegerKey
{
    /// <summary>Records the caller's sequence number; with <paramref name="deactivate"/> the activation goes away afterwards.</summary>
    Task Touch(string caller, int sequence, bool deactivate);
}
