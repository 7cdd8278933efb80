namespace Sim.Runtime.Invocation;

/// <summary>The caller's side of a request sent to another endpoint, waiting in the pending-response table.</summary>
internal interface IResponseCompletion
{
    /// <summary>The silo the request was sent to (its death fails the call).</summary>
    SiloAddress? Target { get; set; }

    /// <summary>When the call times out, in <see cref="TimeProvider"/> timestamp units.</summary>
    long Deadline { get; set; }

    /// <summary>Reads the result from a response frame and completes the call.</summary>
    void ReadResult(Serialization.MessageReader reader);

    /// <summary>Fails the call.</summary>
    void Fail(Exception exception);
}
