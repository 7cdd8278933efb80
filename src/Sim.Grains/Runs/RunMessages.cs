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
    public MonthReport RowsOnly() => new(MonthIndex, [.. Regions.Select(r => new RegionSettlement(r.Row, [], [], null))], Finished);
}

/// <summary>A completed run: where the regions spent their time and the run grain's own clock.</summary>
/// <param name="RegionTimings">Seconds by phase, summed over regions (CPU-like: regions run in parallel).</param>
/// <param name="PersonMonths">Residents at the start of each month, summed over months and regions.</param>
[GenerateSerializer, Immutable]
public sealed record RunCompleted(RegionTimings RegionTimings, long PersonMonths);

/// <summary>Where a run is (answered while a month is running).</summary>
/// <param name="RegionCount">Regions of the run (0 before it starts).</param>
/// <param name="NextMonthIndex">The month simulated next (<c>YearMonth.Index</c>).</param>
/// <param name="Started">Whether the run has started.</param>
/// <param name="StartMonthIndex">The run's first month (<c>YearMonth.Index</c>; -1 before it starts).</param>
/// <param name="EndMonthIndex">The run's last month (<c>YearMonth.Index</c>; -1 before it starts).</param>
/// <param name="PersonMonths">Residents at the start of each simulated month, summed over months and regions so far.</param>
[GenerateSerializer, Immutable]
public sealed record RunStatus(int RegionCount, int NextMonthIndex, bool Started, int StartMonthIndex = -1, int EndMonthIndex = -1, long PersonMonths = 0);
