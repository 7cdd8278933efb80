using Orleans;
using Sim.Grains.Regions;
using Sim.Model.Engine;

namespace Sim.Grains.Runs;

/// <summary>A started run: its months and the regions' start rows.</summary>
/// <param name="StartMonthIndex">First month (<c>YearMonth.Index</c>).</param>
/// <param name="EndMonthIndex">Last month (<c>YearMonth.Index</c>).</param>
/// <param name="RegionCodes">Region codes in index order.</param>
/// <param name="StartRows">Each region's start row (month = start − 1), in region order.</param>
[GenerateSerializer, Immutable]
public sealed record RunStarted(int StartMonthIndex, int EndMonthIndex, string[] RegionCodes, RegionMonthIndicators[] StartRows);

/// <summary>One simulated month.</summary>
/// <param name="MonthIndex">The month (<c>YearMonth.Index</c>).</param>
/// <param name="Regions">Every region's settlement (final row and outputs), in region order.</param>
/// <param name="Finished">Whether it was the run's last month.</param>
[GenerateSerializer, Immutable]
public sealed record MonthReport(int MonthIndex, RegionSettlement[] Regions, bool Finished)
{
    [NonSerialized]
    private RegionMonthIndicators[]? _rows;

    /// <summary>Every region's final row, in region order.</summary>
    public RegionMonthIndicators[] Rows => _rows ??= [.. Regions.Select(r => r.Row)];

    /// <summary>The report without its outputs (rows only), to keep once the outputs are written.</summary>
    public MonthReport RowsOnly() => new(MonthIndex, [.. Regions.Select(r => new RegionSettlement(r.Row, [], [], false))], Finished);
}

/// <summary>A completed run: where the regions spent their time and the run grain's own clock.</summary>
/// <param name="RegionTimings">Seconds by phase, summed over regions (CPU-like: regions run in parallel).</param>
/// <param name="PersonMonths">Residents at the start of each month, summed over months and regions.</param>
[GenerateSerializer, Immutable]
public sealed record RunCompleted(RegionTimings RegionTimings, long PersonMonths);

/// <summary>Where a run is (answered while a month is running).</summary>
/// <param name="RegionCount">Regions of the run (0 before it starts).</param>
/// <param name="NextMonthIndex">The month simulated next (<c>YearMonth.Index</c>).</param>
/// <param name="Started">Whether the run has started (and has not completed or aborted).</param>
[GenerateSerializer, Immutable]
public sealed record RunStatus(int RegionCount, int NextMonthIndex, bool Started)
{
    /// <summary>First month of a started run (<c>YearMonth.Index</c>).</summary>
    [Id(3)]
    public int StartMonthIndex { get; init; }

    /// <summary>Last month of a started run (<c>YearMonth.Index</c>).</summary>
    [Id(4)]
    public int EndMonthIndex { get; init; }

    /// <summary>Residents at the start of each month simulated so far, summed over months and regions.</summary>
    [Id(5)]
    public long PersonMonths { get; init; }

    /// <summary>Person-months simulated per second since the run grain's activation started or resumed it.</summary>
    [Id(6)]
    public double PersonMonthsPerSecond { get; init; }

    /// <summary>Months simulated so far.</summary>
    public int MonthsDone => Started ? NextMonthIndex - StartMonthIndex : 0;

    /// <summary>Months of the run.</summary>
    public int MonthCount => Started ? EndMonthIndex - StartMonthIndex + 1 : 0;
}
