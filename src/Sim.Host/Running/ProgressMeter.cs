using System.Diagnostics;
using Sim.Grains.Hosting;

namespace Sim.Host.Running;

/// <summary>Rates and ETA of a run, measured from the moment its populations were synthesised.</summary>
internal sealed class ProgressMeter
{
    private Stopwatch? _clock;

    public RunProgress? Last { get; private set; }

    public TimeSpan Elapsed => _clock?.Elapsed ?? TimeSpan.Zero;

    /// <summary>Person-months simulated per second of wall time since the first month began.</summary>
    public double PersonMonthsPerSecond => Last is { } p && Elapsed.TotalSeconds > 0 ? p.PersonMonths / Elapsed.TotalSeconds : 0;

    /// <summary>Time left at the average month time so far, or null before the first month.</summary>
    public TimeSpan? Eta => Last is { MonthsDone: > 0 } p
        ? TimeSpan.FromTicks(Elapsed.Ticks / p.MonthsDone * (p.MonthCount - p.MonthsDone))
        : null;

    public void Update(RunProgress progress)
    {
        _clock ??= Stopwatch.StartNew();
        Last = progress;
    }

    public static string Persons(double persons) => persons >= 1e6
        ? FormattableString.Invariant($"{persons / 1e6:0.00}M")
        : FormattableString.Invariant($"{persons:N0}");

    public static string Rate(double perSecond) => perSecond >= 1e6
        ? FormattableString.Invariant($"{perSecond / 1e6:0.0}M")
        : FormattableString.Invariant($"{perSecond / 1e3:0.0}k");

    public static string Duration(TimeSpan? span) => span is { } s ? s.ToString(s.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", System.Globalization.CultureInfo.InvariantCulture) : "--:--";
}
