using System.Diagnostics;
using Sim.Grains.Hosting;
using Sim.Model;
using Sim.Run.Bench.Common;

namespace Sim.Run.Bench.Barrier;

/// <summary>
/// Timestamps the run driver's progress reports as they happen (synchronously, on the driver's continuation: no
/// posting to a synchronization context). The driver reports once after the run grain's start, then after every
/// <c>AdvanceMonthAsync</c>, so consecutive reports bracket one month's barrier: the run grain asking every region
/// to advance, waiting for all, asking all to settle, and answering.
/// </summary>
internal sealed class MonthClock : IProgress<RunProgress>
{
    private readonly Stopwatch _clock = new();
    private readonly List<TimeSpan> _at = [];
    private readonly List<YearMonth> _reported = [];
    private TimeSpan _cpuAtStart;
    private TimeSpan _cpuAtEnd;

    /// <summary>Starts the clock: call just before the driver starts the run.</summary>
    public void Begin() => _clock.Restart();

    /// <summary>Wall time from <see cref="Begin"/> to the first report (the run grain's start: synthesis).</summary>
    public TimeSpan Start => _at[0];

    /// <summary>Wall time of every month, in order.</summary>
    public IReadOnlyList<TimeSpan> Months => [.. _at.Skip(1).Zip(_at, (later, earlier) => later - earlier)];

    /// <summary>The slowest month and its wall time.</summary>
    public (YearMonth Month, TimeSpan Wall) Slowest
    {
        get
        {
            var months = Months;
            var i = Enumerable.Range(0, months.Count).MaxBy(m => months[m]);
            return (_reported[i + 1], months[i]);
        }
    }

    /// <summary>Wall time of the months for which <paramref name="predicate"/> is <paramref name="value"/>.</summary>
    public IEnumerable<TimeSpan> MonthsWhere(Func<YearMonth, bool> predicate, bool value) =>
        Months.Where((_, i) => predicate(_reported[i + 1]) == value);

    /// <summary>Wall time of starting the run's silos.</summary>
    public TimeSpan ClusterStart { get; set; }

    /// <summary>Wall time of stopping the run's silos.</summary>
    public TimeSpan ClusterStop { get; set; }

    /// <summary>Latencies of single awaited calls to the run grain, measured after the run.</summary>
    public List<TimeSpan> Calls { get; } = [];

    /// <summary>CPU time of the whole process (every silo, the client) from the first report to the last.</summary>
    public TimeSpan MonthsCpu => _cpuAtEnd - _cpuAtStart;

    public void Report(RunProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _at.Add(_clock.Elapsed);
        _reported.Add(value.Month);
        var cpu = ProcessCpu.Now();
        if (value.MonthsDone == 0)
        {
            _cpuAtStart = cpu;
        }

        _cpuAtEnd = cpu;
    }
}
