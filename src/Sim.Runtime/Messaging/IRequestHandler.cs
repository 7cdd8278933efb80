using Sim.Runtime.Invocation;

namespace Sim.Runtime.Messaging;

/// <summary>Takes requests that arrived from other endpoints (a silo's dispatcher).</summary>
internal interface IRequestHandler
{
    void OnIncomingRequest(Request request);
}
