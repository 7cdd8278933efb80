using System.Collections.Concurrent;
using Sim.Runtime.Serialization;

namespace Sim.Runtime.Messaging;

/// <summary>
/// The in-process transport: endpoints exchange byte frames only (a head buffer plus spliced array memory), never objects, so every message between silos goes
/// through the serializer exactly as it would over sockets. A frame is delivered synchronously on the sender's thread
/// (the receiver deserializes it and queues the work), which keeps per-sender order. Removing an endpoint behaves like
/// a dropped connection: the others are told, and later sends to it fail at once.
/// </summary>
internal sealed class InMemoryNetwork
{
    private readonly ConcurrentDictionary<SiloAddress, IFrameReceiver> _endpoints = new();
    private long _frames;
    private long _bytes;

    /// <summary>Frames delivered so far.</summary>
    public long FrameCount => Interlocked.Read(ref _frames);

    /// <summary>Bytes delivered so far.</summary>
    public long ByteCount => Interlocked.Read(ref _bytes);

    public void Register(SiloAddress address, IFrameReceiver receiver)
    {
        if (!_endpoints.TryAdd(address, receiver))
        {
            throw new InvalidOperationException($"Endpoint {address} is already attached to the network.");
        }
    }

    public void Unregister(SiloAddress address)
    {
        if (!_endpoints.TryRemove(address, out _))
        {
            return;
        }

        foreach (var (_, other) in _endpoints)
        {
            other.OnConnectionLost(address);
        }
    }

    /// <summary>Delivers a frame; false when the destination is not attached.</summary>
    public bool TrySend(SiloAddress from, SiloAddress to, Frame frame)
    {
        if (!_endpoints.TryGetValue(to, out var receiver))
        {
            return false;
        }

        Interlocked.Increment(ref _frames);
        Interlocked.Add(ref _bytes, frame.Length);
        receiver.OnFrame(from, frame);
        return true;
    }
}
