using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public interface ISenderGrain : IGrainWithStringKey
{
    /// <summary>Sends sequence numbers 0..count-1 to the target without waiting between calls, then awaits them all.</summary>
    Task SendSequence(IOrderGrain target, int count);

    Task<string> SiloName();
}
