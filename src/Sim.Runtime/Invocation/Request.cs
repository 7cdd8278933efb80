namespace Sim.Runtime.Invocation;

/// <summary>
/// One call to a grain method. The proxy generator emits a sealed subclass per interface method holding the
/// arguments in typed fields, so a call allocates no argument array and boxes nothing. Requests queue in an
/// activation's mailbox through the intrusive <see cref="Next"/> link.
/// </summary>
internal abstract class Request
{
    /// <summary>The next request in a mailbox.</summary>
    internal Request? Next;

    /// <summary>The method called.</summary>
    internal MethodDescriptor Descriptor = null!;

    /// <summary>The grain called.</summary>
    internal GrainId Target;

    /// <summary>
    /// Where the result goes: a <see cref="ResponseCompletion{T}"/> when the caller is in this process and waits on it
    /// directly, a <see cref="Messaging.RemoteReply"/> when the request arrived from another endpoint.
    /// </summary>
    internal object? Reply;

    /// <summary>The <see cref="Messaging.LocalCallTimeouts.Tick"/> when the request entered its activation's mailbox.</summary>
    internal int QueuedTick;

    /// <summary>How many times the request was forwarded between silos.</summary>
    internal int Hops;

    /// <summary>Set when the sender placed the activation on the receiving silo, which then creates it without re-placing.</summary>
    internal bool PlacedHere;

    protected Request()
    {
    }
}
