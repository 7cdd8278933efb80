namespace Sim.Grains.Runs;

/// <summary>
/// When a run whose driver (the <c>sim run</c> process that submitted it) has gone silent gives up: the run grain
/// checks on a grain timer, and once no call came from the driver for <see cref="DriverTimeout"/> it aborts itself —
/// regions drop their state and the run's checkpoints are cleared — so that a client killed mid-run leaves no grains
/// holding memory or storage.
/// </summary>
public sealed class RunWatchdogOptions
{
    /// <summary>The default <see cref="DriverTimeout"/>: longer than any month of a 1:1 run takes on a loaded machine.</summary>
    public static readonly TimeSpan DefaultDriverTimeout = TimeSpan.FromMinutes(10);

    /// <summary>How long a started run waits for its driver's next call before aborting itself (the time a month
    /// takes is not counted: the timer does not interleave with a call in progress).</summary>
    public TimeSpan DriverTimeout { get; set; } = DefaultDriverTimeout;

    /// <summary>How often the timer looks: a quarter of the timeout, at least a second, at most a minute.</summary>
    public TimeSpan CheckPeriod => TimeSpan.FromTicks(Math.Clamp(DriverTimeout.Ticks / 4, TimeSpan.TicksPerSecond, TimeSpan.TicksPerMinute));
}
