namespace Sim.Runtime.Messaging;

/// <summary>The first byte of every frame between endpoints.</summary>
internal enum FrameKind : byte
{
    /// <summary>A grain call: message id, reply-to endpoint, hops, flags, target grain, interface id, method index, arguments.</summary>
    Request = 1,

    /// <summary>The outcome of a call: message id, status (0 result, 1 exception), payload.</summary>
    Response = 2,

    /// <summary>A membership probe: probe id.</summary>
    Ping = 3,

    /// <summary>The answer to a probe: probe id.</summary>
    PingAck = 4,

    /// <summary>The sender changed the membership table; the receiver should re-read it.</summary>
    Gossip = 5,
}
