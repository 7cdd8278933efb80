using Sim.Runtime.Activation;
using Sim.Runtime.Invocation;

namespace Sim.Runtime.Messaging;

/// <summary>
/// Response timeouts for requests waiting inside a silo (calls to other silos are also timed by the caller's
/// <see cref="MessageCenter"/>). Time advances in ticks of a quarter of the response timeout; each request is stamped
/// with the tick when it enters a mailbox (a field write, no clock read), and every tick the sweep fails the requests
/// that have waited more than four ticks with <see cref="TimeoutException"/>. That breaks a deadlock between
/// non-reentrant grains (A waits for B, B's call waits in A's mailbox) as Orleans' response timeout does. Requests time
/// out between one and one and a quarter timeouts after they were queued.
/// </summary>
internal sealed class LocalCallTimeouts : IDisposable
{
    private const int TicksPerTimeout = 4;
    private readonly Catalog _catalog;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;
    private ITimer? _timer;
    private int _tick;
    private int _sweeping;

    public LocalCallTimeouts(Catalog catalog, TimeSpan timeout, TimeProvider time)
    {
        _catalog = catalog;
        _timeout = timeout;
        _time = time;
    }

    /// <summary>The current tick, stamped on queued requests.</summary>
    public int Tick => Volatile.Read(ref _tick);

    public void Start()
    {
        var period = _timeout / TicksPerTimeout;
        _timer = _time.CreateTimer(static s => ((LocalCallTimeouts)s!).Sweep(), this, period, period);
    }

    public void Dispose() => _timer?.Dispose();

    /// <summary>Advances one tick and fails requests queued for longer than the timeout.</summary>
    private void Sweep()
    {
        var tick = Interlocked.Increment(ref _tick);
        if (Interlocked.Exchange(ref _sweeping, 1) == 1)
        {
            return;
        }

        try
        {
            var expiredBefore = tick - TicksPerTimeout;
            foreach (var activation in _catalog.Activations)
            {
                for (var request = activation.TakeRequestsQueuedBefore(expiredBefore); request is not null;)
                {
                    var next = request.Next;
                    request.Next = null;
                    MethodDescriptor.Fail(request, new TimeoutException(
                        $"The call to {request.Target} ({request.Descriptor}) waited more than {_timeout} for its turn. A cycle of calls between non-reentrant grains waits forever; consider [Reentrant] or [AlwaysInterleave]."));
                    request = next;
                }
            }
        }
        finally
        {
            Volatile.Write(ref _sweeping, 0);
        }
    }
}
