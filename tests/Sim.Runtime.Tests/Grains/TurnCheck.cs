namespace Sim.Runtime.Tests.Grains;

/// <summary>
/// Detects overlapping turns: every synchronous segment of grain code marks itself as executing; finding the mark
/// already set means two segments of one activation ran at the same time.
/// </summary>
public sealed class TurnCheck
{
    private int _executing;
    private int _inProgress;
    private int _maxInProgress;
    private long _calls;
    private long _overlaps;

    /// <summary>
    /// Counts a call. Pause 1 awaits <see cref="Task.Yield"/> (resumes as the activation's next turn); pause 2 awaits
    /// work on the thread pool (resumes later, so a reentrant activation starts other requests meanwhile).
    /// </summary>
    public async Task Hit(int pause)
    {
        Enter();
        var inProgress = ++_inProgress;
        _maxInProgress = Math.Max(_maxInProgress, inProgress);
        _calls++;
        if (pause != 0)
        {
            Leave();
            if (pause == 1)
            {
                await Task.Yield();
            }
            else
            {
                await Task.Run(static () => Thread.SpinWait(100));
            }

            Enter();
        }

        _inProgress--;
        Leave();
    }

    public TurnStats Stats() => new(_calls, Interlocked.Read(ref _overlaps), _maxInProgress);

    private void Enter()
    {
        if (Interlocked.Exchange(ref _executing, 1) != 0)
        {
            Interlocked.Increment(ref _overlaps);
        }
    }

    private void Leave() => Volatile.Write(ref _executing, 0);
}
