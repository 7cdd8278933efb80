using Orleans;
using Sim.Grains.Output.Parts;
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
/// <param name="Rows">Every region's final row, in region order.</param>
/// <param name="Finished">Whether it was the run's last month.</param>
[GenerateSerializer, Immutable]
public sealed record MonthReport(int MonthIndex, RegionMonthIndicators[] Rows, bool Finished);

/// <summary>A completed run's files (the manifest lists them too) and where the regions spent their time.</summary>
/// <param name="Files">Every file of the run, by path.</param>
/// <param name="RegionTimings">Seconds by phase, summed over regions (CPU-like: regions run in parallel).</param>
[GenerateSerializer, Immutable]
public sealed record RunCompleted(OutputFileInfo[] Files, RegionTimings RegionTimings);

/// <summary>Where a run is (answered while a month is running).</summary>
/// <param name="RegionCount">Regions of the run (0 before it starts).</param>
/// <param name="NextMonthIndex">The month simulated next (<c>YearMonth.Index</c>).</param>
/// <param name="Started">Whether the run has started.</param>
[GenerateSerializer, Immutable]
public sealed record RunStatus(int RegionCount, int NextMonthIndex, bool Started);
