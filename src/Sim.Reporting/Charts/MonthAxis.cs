using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Sim.Reporting.Charts;

/// <summary>
/// A horizontal axis of dates: x is <see cref="DateOnly.DayNumber"/>. Up to a year gets a label per month
/// ("Jan 2024", "Feb", ...), up to three years a label per quarter and a minor tick per month, longer spans a
/// label per January and a minor tick per quarter.
/// </summary>
public static class MonthAxis
{
    /// <summary>The x value of a date.</summary>
    public static double X(DateOnly date) => date.DayNumber;

    /// <summary>Sets the bottom axis to cover [<paramref name="first"/>, <paramref name="last"/>] with month ticks.</summary>
    public static void Apply(Plot plot, DateOnly first, DateOnly last)
    {
        var start = new DateOnly(first.Year, first.Month, 1);
        var end = last.Day == 1 ? last : new DateOnly(last.Year, last.Month, 1).AddMonths(1);
        var months = ((end.Year - start.Year) * 12) + end.Month - start.Month;
        var (labelEvery, minorEvery) = months <= 12 ? (1, 1) : months <= 36 ? (3, 1) : (12, 3);
        var ticks = new NumericManual();
        for (var d = start; d <= end; d = d.AddMonths(1))
        {
            if ((d.Month - 1) % labelEvery == 0)
            {
                ticks.AddMajor(X(d), labelEvery == 12 ? d.Year.ToString(CultureInfo.InvariantCulture) : Label(d));
            }
            else if ((d.Month - 1) % minorEvery == 0)
            {
                ticks.AddMinor(X(d));
            }
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.SetLimitsX(X(start), Math.Max(X(end), X(start) + 1));
    }

    /// <summary>"Jan 2022" for January, "Feb".."Dec" otherwise.</summary>
    public static string Label(DateOnly date) =>
        date.ToString(date.Month == 1 ? "MMM yyyy" : "MMM", CultureInfo.InvariantCulture);
}
