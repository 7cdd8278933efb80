namespace Sim.Runtime.Invocation;

/// <summary>
/// The calling side of an endpoint (a silo or a cluster client): sends requests made through grain references and
/// binds references read from messages to itself.
/// </summary>
internal interface IRuntimeClient
{
    /// <summary>Routes a fully built request (target, descriptor and reply set) towards its activation.</summary>
    void SendRequest(Request request);

    /// <summary>Creates a reference bound to this endpoint.</summary>
    GrainReference CreateReference(GrainInterfaceInfo info, GrainId grainId);
}
