using Sim.Runtime.Invocation;

namespace Sim.Runtime.Tests.Serialization;

/// <summary>An endpoint stand-in that binds references read from bytes to itself and sends nothing.</summary>
internal sealed class ReferenceBinder : IRuntimeClient
{
    public void SendRequest(Request request) => throw new InvalidOperationException("not connected");

    public GrainReference CreateReference(GrainInterfaceInfo info, GrainId grainId) => info.Factory(grainId, this);
}
