using Sim.Calibration.Observed;
using Sim.Model;

namespace Sim.Calibration.Calibration;

/// <summary>How far a run must go for the observations inside a scenario's period.</summary>
public static class Horizon
{
    /// <summary>
    /// The last month whose step an observation between <paramref name="start"/> and <paramref name="end"/>
    /// needs: a stock on the first of a month needs the previous step, other days their own month's step.
    /// </summary>
    public static YearMonth LastMonthNeeded(ObservedData observed, YearMonth start, YearMonth end)
    {
        var dates = observed.Population.Select(p => p.Date)
            .Concat(observed.VitalEvents.Select(v => new DateOnly(v.Year, 12, 31)))
            .Concat(observed.InternalMigration.Select(m => new DateOnly(m.Year, 12, 31)))
            .Concat(observed.Russians.Select(r => r.Date))
            .Concat(observed.Rents.Where(r => !r.MonthIndex).Select(r => r.Date))
            .Concat(observed.Rents.Where(r => r.MonthIndex).Select(r => r.Date.AddMonths(1)));
        var last = start;
        foreach (var date in dates)
        {
            var month = date.Day == 1 ? new YearMonth(date.Year, date.Month).AddMonths(-1) : new YearMonth(date.Year, date.Month);
            if (month <= end && month > last)
            {
                last = month;
            }
        }

        return last;
    }
}
