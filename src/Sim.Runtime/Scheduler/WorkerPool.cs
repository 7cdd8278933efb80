using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Sim.Runtime.Scheduler;

/// <summary>
/// A silo's fixed set of worker threads (about one per core) sharing one FIFO run queue of work items. An activation
/// is in the queue at most once; it runs a bounded slice of turns and goes to the back of the queue if it has more,
/// so activations share the workers fairly and no grain ever owns a thread. Idle workers sleep on a semaphore that is
/// released exactly once per sleeper woken (a waker claims a sleeper before releasing).
/// </summary>
internal sealed partial class WorkerPool : IDisposable
{
    private const int SpinsBeforeSleep = 10;

    private readonly ConcurrentQueue<IWorkItem> _queue = new();
    private readonly SemaphoreSlim _wake = new(0);
    private readonly Thread[] _threads;
    private readonly ILogger _logger;
    private int _sleepers;
    private volatile bool _stopping;

    public WorkerPool(string name, int workerCount, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workerCount, 1);
        _logger = logger;
        _threads = new Thread[workerCount];
        for (var i = 0; i < workerCount; i++)
        {
            _threads[i] = new Thread(Run) { IsBackground = true, Name = $"{name} worker {i}" };
        }
    }

    public int WorkerCount => _threads.Length;

    public void Start()
    {
        foreach (var t in _threads)
        {
            t.Start();
        }
    }

    /// <summary>Queues an item; after <see cref="Stop"/> items are dropped (a stopped or killed silo runs nothing).</summary>
    public void Enqueue(IWorkItem item)
    {
        if (_stopping)
        {
            return;
        }

        _queue.Enqueue(item);
        var sleepers = Volatile.Read(ref _sleepers);
        while (sleepers > 0)
        {
            var seen = Interlocked.CompareExchange(ref _sleepers, sleepers - 1, sleepers);
            if (seen == sleepers)
            {
                try
                {
                    _wake.Release();
                }
                catch (ObjectDisposedException)
                {
                    // Stopped concurrently.
                }

                return;
            }

            sleepers = seen;
        }
    }

    /// <summary>Stops the workers after their current item; queued items are dropped.</summary>
    public void Stop()
    {
        if (_stopping)
        {
            return;
        }

        _stopping = true;
        _wake.Release(_threads.Length);
        foreach (var t in _threads)
        {
            if (t.IsAlive && t != Thread.CurrentThread)
            {
                t.Join(TimeSpan.FromSeconds(5));
            }
        }
    }

    public void Dispose()
    {
        Stop();
        _wake.Dispose();
    }

    private void Run()
    {
        var spins = 0;
        while (!_stopping)
        {
            if (_queue.TryDequeue(out var item))
            {
                spins = 0;
                try
                {
                    item.Execute();
                }
                catch (Exception e)
                {
                    LogWorkItemFailed(_logger, e);
                }

                continue;
            }

            if (spins++ < SpinsBeforeSleep)
            {
                Thread.SpinWait(8);
                continue;
            }

            spins = 0;
            Interlocked.Increment(ref _sleepers);
            if (!_queue.IsEmpty)
            {
                // Work arrived: take our sleeper token back unless a waker already claimed it (then consume its release).
                var sleepers = Volatile.Read(ref _sleepers);
                var reclaimed = false;
                while (sleepers > 0)
                {
                    var seen = Interlocked.CompareExchange(ref _sleepers, sleepers - 1, sleepers);
                    if (seen == sleepers)
                    {
                        reclaimed = true;
                        break;
                    }

                    sleepers = seen;
                }

                if (reclaimed)
                {
                    continue;
                }
            }

            _wake.Wait();
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Error, Message = "A work item failed on a silo worker")]
    private static partial void LogWorkItemFailed(ILogger logger, Exception exception);
}
