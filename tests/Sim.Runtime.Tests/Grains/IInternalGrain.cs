using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

/// <summary>Internal interface and types: the generated proxy must still reach them.</summary>
internal interface IInternalGrain : IGrainWithIntegerKey
{
    Task<InternalPayload> Echo(InternalPayload payload);
}
