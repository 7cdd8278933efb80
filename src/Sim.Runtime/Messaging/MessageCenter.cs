using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Sim.Runtime.Invocation;
using Sim.Runtime.Serialization;

namespace Sim.Runtime.Messaging;

/// <summary>
/// One endpoint's messaging: serializes outgoing requests and responses into frames, parses incoming frames, keeps
/// the table of calls awaiting a response (failed when their silo's connection drops, it is declared dead, or the
/// response timeout passes), and answers membership probes.
/// </summary>
internal sealed partial class MessageCenter : IFrameReceiver, IDisposable
{
    private readonly InMemoryNetwork _network;
    private readonly IRuntimeClient _runtime;
    private readonly MessagingOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<long, IResponseCompletion> _pending = new();
    private readonly ConcurrentDictionary<long, TaskCompletionSource<bool>> _probes = new();
    private IRequestHandler? _handler;
    private ITimer? _sweeper;
    private long _nextId;
    private volatile bool _stopped;

    public MessageCenter(SiloAddress local, InMemoryNetwork network, IRuntimeClient runtime, MessagingOptions options, TimeProvider time, ILogger logger)
    {
        Local = local;
        _network = network;
        _runtime = runtime;
        _options = options;
        _time = time;
        _logger = logger;
    }

    public SiloAddress Local { get; }

    /// <summary>Raised when another silo says it changed the membership table.</summary>
    public event Action? GossipReceived;

    public void Start(IRequestHandler? handler)
    {
        _handler = handler;
        _network.Register(Local, this);
        var period = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(50).Ticks, _options.ResponseTimeout.Ticks / 4));
        _sweeper = _time.CreateTimer(static s => ((MessageCenter)s!).SweepTimeouts(), this, period, period);
    }

    /// <summary>Detaches from the network and fails every call still waiting.</summary>
    public void Stop()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        _sweeper?.Dispose();
        _network.Unregister(Local);
        foreach (var id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out var c))
            {
                c.Fail(new SiloUnavailableException($"Endpoint {Local} stopped before the response arrived."));
            }
        }
    }

    public void Dispose() => Stop();

    /// <summary>Sends a request to <paramref name="target"/>: a new call of this endpoint, or a forwarded one.</summary>
    public void SendRequest(SiloAddress target, Request request)
    {
        long id;
        SiloAddress replyTo;
        IResponseCompletion? completion = null;
        if (request.Reply is RemoteReply forwarded)
        {
            id = forwarded.MessageId;
            replyTo = forwarded.ReplyTo;
        }
        else
        {
            completion = (IResponseCompletion)request.Reply!;
            id = Interlocked.Increment(ref _nextId);
            replyTo = Local;
            completion.Target = target;
            completion.Deadline = _time.GetTimestamp() + (long)(_options.ResponseTimeout.TotalSeconds * _time.TimestampFrequency);
            _pending[id] = completion;
        }

        bool sent;
        using (var writer = MessageWriter.Rent())
        {
            try
            {
                writer.WriteByte((byte)FrameKind.Request);
                writer.WriteInt64(id);

                // Usually the reply goes back to the sender, which the receiver knows: one byte instead of an address.
                if (replyTo.Equals(Local))
                {
                    writer.WriteByte(0);
                }
                else
                {
                    writer.WriteByte(1);
                    SiloAddressCodec.WriteAddress(writer, replyTo);
                }

                writer.WriteByte((byte)request.Hops);
                writer.WriteByte(request.PlacedHere ? (byte)1 : (byte)0);
                GrainIdCodec.WriteId(writer, request.Target);
                writer.WriteUInt32(request.Descriptor.Interface.Id);
                writer.WriteVarUInt64((ulong)request.Descriptor.Index);
                request.Descriptor.WriteArguments(writer, request);
            }
            catch (Exception e)
            {
                _pending.TryRemove(id, out _);
                MethodDescriptor.Fail(request, e);
                return;
            }

            sent = !_stopped && _network.TrySend(Local, target, writer.Frame);
        }

        if (!sent)
        {
            _pending.TryRemove(id, out _);
            MethodDescriptor.Fail(request, new SiloUnavailableException($"Silo {target} is unreachable; the call to {request.Target} ({request.Descriptor}) was not delivered."));
        }
    }

    public void SendResponse<T>(SiloAddress replyTo, long messageId, T value)
    {
        using var writer = MessageWriter.Rent();
        try
        {
            writer.WriteByte((byte)FrameKind.Response);
            writer.WriteInt64(messageId);
            writer.WriteByte(0);
            CodecCache<T>.Instance.Write(writer, value);
        }
        catch (Exception e)
        {
            SendError(replyTo, messageId, e);
            return;
        }

        Deliver(replyTo, writer);
    }

    public void SendError(SiloAddress replyTo, long messageId, Exception exception)
    {
        using var writer = MessageWriter.Rent();
        writer.WriteByte((byte)FrameKind.Response);
        writer.WriteInt64(messageId);
        writer.WriteByte(1);
        CodecCache<Exception>.Instance.Write(writer, exception);
        Deliver(replyTo, writer);
    }

    /// <summary>Probes <paramref name="target"/>; true when it answers within <paramref name="timeout"/>.</summary>
    public async Task<bool> PingAsync(SiloAddress target, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        _probes[id] = answer;
        try
        {
            using (var writer = MessageWriter.Rent())
            {
                writer.WriteByte((byte)FrameKind.Ping);
                writer.WriteInt64(id);
                if (_stopped || !_network.TrySend(Local, target, writer.Frame))
                {
                    return false;
                }
            }

            return await answer.Task.WaitAsync(timeout, _time, cancellationToken);
        }
        catch (TimeoutException)
        {
            return false;
        }
        finally
        {
            _probes.TryRemove(id, out _);
        }
    }

    /// <summary>Tells <paramref name="silos"/> that the membership table changed.</summary>
    public void Gossip(IEnumerable<SiloAddress> silos)
    {
        using var writer = MessageWriter.Rent();
        writer.WriteByte((byte)FrameKind.Gossip);
        foreach (var silo in silos)
        {
            if (!silo.Equals(Local) && !_stopped)
            {
                _network.TrySend(Local, silo, writer.Frame);
            }
        }
    }

    /// <summary>Fails every call waiting on <paramref name="silo"/> (its connection dropped or it was declared dead).</summary>
    public void FailCallsTo(SiloAddress silo, string why)
    {
        foreach (var (id, c) in _pending)
        {
            if (silo.Equals(c.Target) && _pending.TryRemove(id, out _))
            {
                c.Fail(new SiloUnavailableException($"Silo {silo} {why} before the response arrived."));
            }
        }
    }

    public void OnConnectionLost(SiloAddress peer) => FailCallsTo(peer, "went away");

    public void OnFrame(SiloAddress from, Frame frame)
    {
        var reader = new MessageReader(frame, _runtime);
        var kind = (FrameKind)reader.ReadByte();
        switch (kind)
        {
            case FrameKind.Request:
                ReceiveRequest(from, reader);
                break;
            case FrameKind.Response:
                ReceiveResponse(reader);
                break;
            case FrameKind.Ping:
                AnswerPing(from, reader.ReadInt64());
                break;
            case FrameKind.Gossip:
                GossipReceived?.Invoke();
                break;
            case FrameKind.PingAck:
                if (_probes.TryGetValue(reader.ReadInt64(), out var probe))
                {
                    probe.TrySetResult(true);
                }

                break;
            default:
                LogUnknownFrame(_logger, (byte)kind, from);
                break;
        }
    }

    private void ReceiveRequest(SiloAddress from, MessageReader reader)
    {
        var id = reader.ReadInt64();
        var replyTo = reader.ReadByte() == 0 ? from : SiloAddressCodec.ReadAddress(reader)!;
        var hops = reader.ReadByte();
        var flags = reader.ReadByte();
        var target = GrainIdCodec.ReadId(reader);
        var interfaceId = reader.ReadUInt32();
        var index = (int)reader.ReadVarUInt64();
        var info = GrainInterfaceRegistry.Find(interfaceId);
        if (info is null || index >= info.Methods.Count)
        {
            SendError(replyTo, id, new NotSupportedException($"Endpoint {Local} does not know grain interface {interfaceId:x8} method {index}."));
            return;
        }

        var descriptor = info.Methods[index];
        Request request;
        try
        {
            request = descriptor.ReadArguments(reader);
        }
        catch (Exception e)
        {
            SendError(replyTo, id, e);
            return;
        }

        request.Descriptor = descriptor;
        request.Target = target;
        request.Hops = hops;
        request.PlacedHere = (flags & 1) != 0;
        request.Reply = new RemoteReply(this, replyTo, id);
        if (_handler is null)
        {
            SendError(replyTo, id, new NotSupportedException($"Endpoint {Local} is a client and hosts no grains."));
            return;
        }

        _handler.OnIncomingRequest(request);
    }

    private void ReceiveResponse(MessageReader reader)
    {
        var id = reader.ReadInt64();
        var status = reader.ReadByte();
        if (!_pending.TryRemove(id, out var completion))
        {
            return;
        }

        if (status == 0)
        {
            completion.ReadResult(reader);
            return;
        }

        Exception error;
        try
        {
            error = CodecCache<Exception>.Instance.Read(reader);
        }
        catch (Exception e)
        {
            error = e;
        }

        completion.Fail(error);
    }

    private void AnswerPing(SiloAddress from, long probeId)
    {
        if (_stopped)
        {
            return;
        }

        using var writer = MessageWriter.Rent();
        writer.WriteByte((byte)FrameKind.PingAck);
        writer.WriteInt64(probeId);
        _network.TrySend(Local, from, writer.Frame);
    }

    private void Deliver(SiloAddress to, MessageWriter writer)
    {
        if (!_network.TrySend(Local, to, writer.Frame))
        {
            LogResponseUndeliverable(_logger, to);
        }
    }

    private void SweepTimeouts()
    {
        var now = _time.GetTimestamp();
        foreach (var (id, c) in _pending)
        {
            if (c.Deadline <= now && _pending.TryRemove(id, out _))
            {
                c.Fail(new TimeoutException($"No response from {c.Target} within {_options.ResponseTimeout}."));
            }
        }
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Warning, Message = "Unknown frame kind {Kind} from {From}")]
    private static partial void LogUnknownFrame(ILogger logger, byte kind, SiloAddress from);

    [LoggerMessage(EventId = 201, Level = LogLevel.Debug, Message = "A response to {To} could not be delivered (the caller is gone)")]
    private static partial void LogResponseUndeliverable(ILogger logger, SiloAddress to);
}
