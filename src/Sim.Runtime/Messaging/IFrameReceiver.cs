using Sim.Runtime.Serialization;

namespace Sim.Runtime.Messaging;

/// <summary>An endpoint attached to a transport.</summary>
internal interface IFrameReceiver
{
    /// <summary>
    /// Handles one frame. The bytes are valid only during the call (the sender reuses its buffer): receivers
    /// deserialize before returning.
    /// </summary>
    void OnFrame(SiloAddress from, Frame frame);

    /// <summary>The connection to <paramref name="peer"/> broke (the peer stopped or was killed).</summary>
    void OnConnectionLost(SiloAddress peer);
}
