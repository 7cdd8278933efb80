using Sim.Output.Parts;
using Sim.Grains.Regions;
using Sim.Grains.Runs;
using Sim.Model;
using Sim.Model.Engine;

namespace Sim.Grains.Hosting;

/// <summary>A finished run as its driver saw it: the start rows, every month's rows and the files written.</summary>
/// <param name="Started">What the run grain answered at the start.</param>
/// <param name="Months">Every month, in order.</param>
/// <param name="Files">The files the run wrote (empty when it wrote none).</param>
/// <param name="RegionTimings">Seconds by phase summed over regions, or null when the run was not completed.</param>
public sealed record RunResult(RunStarted Started, IReadOnlyList<MonthReport> Months, IReadOnlyList<OutputFileInfo> Files, RegionTimings? RegionTimings)
{
    /// <summary>The first simulated month.</summary>
    public YearMonth Start => YearMonth.FromIndex(Started.StartMonthIndex);

    /// <summary>The last simulated month.</summary>
    public YearMonth End => YearMonth.FromIndex(Started.EndMonthIndex);

    /// <summary>The final rows of the last month (the start rows if no month ran).</summary>
    public IReadOnlyList<RegionMonthIndicators> EndRows => Months.Count > 0 ? Months[^1].Rows : Started.StartRows;
}
