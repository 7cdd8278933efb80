using Sim.Runtime.Invocation;
using Sim.Runtime.Scheduler;

namespace Sim.Runtime.Activation;

/// <summary>
/// One activation: the grain instance, its mailbox and its turn discipline. It is its own work item (queued on the
/// silo's workers at most once) and its own synchronization context (so awaits inside grain code resume as turns of
/// this activation). A slice runs posted continuations first, then starts queued requests while allowed: one at a
/// time unless the class is reentrant or the method always interleaves. Turns never overlap: a slice runs on one
/// worker, and the activation is re-queued only after the slice ends. Kept small: an idle activation holds no queue
/// objects, only nulls.
/// </summary>
internal sealed partial class ActivationData : SynchronizationContext, IWorkItem
{
    private const byte FlagScheduled = 1;
    private const byte FlagDeactivateOnIdle = 2;
    private const byte FlagDeactivationStarted = 4;
    private const byte NotScheduled = unchecked((byte)~FlagScheduled);

    [ThreadStatic]
    private static ActivationData? t_constructing;

    private readonly ActivationShared _shared;
    private readonly GrainId _grainId;
    private readonly int _activationId;
    private Grain? _grain;
    private Request? _head;
    private Request? _tail;
    private ActivationExtras? _extras;
    private int _running;
    private int _lastUsedTick;
    private ActivationState _state;
    private byte _flags;

    public ActivationData(ActivationShared shared, GrainId grainId, int activationId, Request? queued = null)
    {
        _shared = shared;
        _grainId = grainId;
        _activationId = activationId;
        _lastUsedTick = shared.Silo.Collector.Tick;
        for (var r = queued; r is not null; r = r.Next)
        {
            _head ??= r;
            _tail = r;
        }
    }

    /// <summary>The next activation in the same catalog bucket (the catalog is an intrusive hash table).</summary>
    internal ActivationData? NextInBucket;

    /// <summary>The activation whose grain is being constructed on this thread (read by the <see cref="Grain"/> constructor).</summary>
    internal static ActivationData? Constructing => t_constructing;

    public GrainId GrainId => _grainId;

    public int ActivationId => _activationId;

    public ActivationShared Shared => _shared;

    public object? GrainInstance => _grain;

    public GrainAddress Address => new(_grainId, _shared.Silo.Address, _activationId);

    public ActivationState State
    {
        get
        {
            lock (this)
            {
                return _state;
            }
        }
    }

    private Silo Silo => _shared.Silo;

    /// <summary>Queues a request; false when the activation is gone (the caller routes again).</summary>
    public bool TryEnqueue(Request request)
    {
        bool schedule;
        lock (this)
        {
            if (_state == ActivationState.Invalid)
            {
                return false;
            }

            request.Next = null;
            request.QueuedTick = Silo.LocalTimeouts.Tick;
            if (_tail is null)
            {
                _head = _tail = request;
            }
            else
            {
                _tail.Next = request;
                _tail = request;
            }

            _lastUsedTick = Silo.Collector.Tick;
            schedule = TryMarkScheduledLocked();
        }

        if (schedule)
        {
            Silo.Pool.Enqueue(this);
        }

        return true;
    }

    /// <summary>Queues a continuation of grain code (an await resuming).</summary>
    public override void Post(SendOrPostCallback d, object? state)
    {
        var node = new WorkNode(d, state);
        bool schedule;
        lock (this)
        {
            var extras = _extras ??= new ActivationExtras();
            if (extras.WorkTail is null)
            {
                extras.WorkHead = extras.WorkTail = node;
            }
            else
            {
                extras.WorkTail.Next = node;
                extras.WorkTail = node;
            }

            schedule = TryMarkScheduledLocked();
        }

        if (schedule)
        {
            Silo.Pool.Enqueue(this);
        }
    }

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Grain code must not block: synchronous Send to an activation is not supported.");

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Called when a started request completes after its first turn (on any thread).</summary>
    public void OnRequestFinished()
    {
        bool schedule;
        lock (this)
        {
            FinishRequestLocked();
            schedule = TryMarkScheduledLocked();
        }

        if (schedule)
        {
            Silo.Pool.Enqueue(this);
        }
    }

    /// <summary>The grain asked to be deactivated once no request runs.</summary>
    public void DeactivateOnIdle()
    {
        bool schedule;
        lock (this)
        {
            _flags |= FlagDeactivateOnIdle;
            if (_running == 0 && _state == ActivationState.Valid)
            {
                BeginDeactivationLocked(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "DeactivateOnIdle was called."));
            }

            schedule = TryMarkScheduledLocked();
        }

        if (schedule)
        {
            Silo.Pool.Enqueue(this);
        }
    }

    /// <summary>
    /// Starts deactivation if the activation has been idle since before <paramref name="usedBeforeTick"/> (or always,
    /// when <paramref name="usedBeforeTick"/> is null); returns a task that completes when it is gone, or null.
    /// </summary>
    public Task? TryDeactivate(DeactivationReason reason, int? usedBeforeTick)
    {
        bool schedule;
        Task? done;
        lock (this)
        {
            if (usedBeforeTick is { } tick
                && (_state != ActivationState.Valid || _running != 0 || _head is not null || HasContinuationsLocked || _lastUsedTick - tick >= 0))
            {
                return null;
            }

            switch (_state)
            {
                case ActivationState.Invalid:
                    return null;
                case ActivationState.Deactivating:
                    return _extras!.Deactivation!.Completion.Task;
                case ActivationState.Activating:
                    // Finishes activating first; the flag makes it deactivate right after.
                    _flags |= FlagDeactivateOnIdle;
                    return DeactivationLocked(reason).Completion.Task;
                default:
                    BeginDeactivationLocked(reason);
                    done = _extras!.Deactivation!.Completion.Task;
                    schedule = TryMarkScheduledLocked();
                    break;
            }
        }

        if (schedule)
        {
            Silo.Pool.Enqueue(this);
        }

        return done;
    }

    /// <summary>Removes and returns (as a chain) the queued requests stamped before <paramref name="tick"/>.</summary>
    public Request? TakeRequestsQueuedBefore(int tick)
    {
        lock (this)
        {
            if (_head is null || _head.QueuedTick - tick >= 0)
            {
                return null;
            }

            // Requests are stamped in queue order, so the expired ones form a prefix.
            var first = _head;
            var last = _head;
            while (last.Next is not null && last.Next.QueuedTick - tick < 0)
            {
                last = last.Next;
            }

            _head = last.Next;
            if (_head is null)
            {
                _tail = null;
            }

            last.Next = null;
            return first;
        }
    }

    /// <summary>Schedules an activation created with queued requests (a hand-over from its predecessor).</summary>
    public void ScheduleIfRunnable()
    {
        bool schedule;
        lock (this)
        {
            schedule = TryMarkScheduledLocked();
        }

        if (schedule)
        {
            Silo.Pool.Enqueue(this);
        }
    }

    public override string ToString() => $"[Activation {_grainId} #{_activationId} on {Silo.Address}]";

    private void FinishRequestLocked()
    {
        _running--;
        _lastUsedTick = Silo.Collector.Tick;
        if (_running == 0 && (_flags & FlagDeactivateOnIdle) != 0 && _state == ActivationState.Valid)
        {
            BeginDeactivationLocked(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "DeactivateOnIdle was called."));
        }
    }

    private bool CanStart(Request request) =>
        _running == 0 || _shared.Class.IsReentrant || request.Descriptor.AlwaysInterleave;

    private bool HasContinuationsLocked => _extras?.WorkHead is not null;

    private bool HasRunnableWorkLocked() =>
        HasContinuationsLocked
        || _state == ActivationState.Created
        || (_state == ActivationState.Valid && _head is not null && CanStart(_head))
        || (_state == ActivationState.Deactivating && _running == 0 && (_flags & FlagDeactivationStarted) == 0);

    private bool TryMarkScheduledLocked()
    {
        if ((_flags & FlagScheduled) != 0 || !HasRunnableWorkLocked())
        {
            return false;
        }

        _flags |= FlagScheduled;
        return true;
    }

    private void BeginDeactivationLocked(DeactivationReason reason)
    {
        _state = ActivationState.Deactivating;
        DeactivationLocked(reason);
    }

    private DeactivationState DeactivationLocked(DeactivationReason reason)
    {
        var extras = _extras ??= new ActivationExtras();
        return extras.Deactivation ??= new DeactivationState(reason);
    }

    private Request? TakeQueueLocked()
    {
        var queued = _head;
        _head = _tail = null;
        return queued;
    }
}
