using Sim.Calibration.Fit;
using Sim.Model;
using Sim.Model.Engine;
using Sim.Model.Scenarios;

namespace Sim.Calibration.Backtest;

/// <summary>Runs a scenario in this process with the model's <see cref="SequentialDriver"/> (no Parquet) and returns its region_month table.</summary>
public static class InProcessRun
{
    /// <summary>
    /// Runs <paramref name="scenario"/> from its start to <paramref name="end"/> (its own end when null, never
    /// beyond it) and returns the table the fit reads.
    /// </summary>
    public static RegionMonthTable Run(Scenario scenario, YearMonth? end = null, bool parallel = false)
    {
        var truncated = end is { } e && e < scenario.End ? scenario with { End = e } : scenario;
        var context = ModelContext.Create(truncated);
        var driver = new SequentialDriver(context, parallel);
        var rows = new List<RegionMonthRow>(context.RegionCount * context.MonthCount);
        driver.RunToEnd(outcome =>
        {
            foreach (var r in outcome.Regions)
            {
                rows.Add(RegionMonthRows.From(r));
            }
        });
        return RegionMonthTable.FromRows(rows, context.Regions.Select(r => r.Code).ToList());
    }
}
