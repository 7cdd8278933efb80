using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Sim.Reporting.Charts;

/// <summary>
/// A horizontal axis of dates: x is <see cref="DateOnly.DayNumber"/>. Up to two years get a tick per month
/// (labelled "Jan 2024", "Feb", ...), longer spans a labelled tick per January and minor ticks per quarter.
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
        var ticks = new NumericManual();
        for (var d = start; d <= end; d = d.AddMonths(1))
        {
            if (months <= 24)
            {
                ticks.AddMajor(X(d), Label(d));
            }
            else if (d.Month == 1)
            {
                ticks.AddMajor(X(d), d.Year.ToString(CultureInfo.InvariantCulture));
            }
            else if (d.Month % 3 == 1)
            {
                ticks.AddMinor(X(d));
            }
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.SetLimitsX(X(start), Math.Max(X(end), X(start) + 1));
        if (months <= 24)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = -45;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        }
    }

    /// <summary>"Jan 2022" for January, "Feb".."Dec" otherwise.</summary>
    public static string Label(DateOnly date) =>
        date.ToString(date.Month == 1 ? "MMM yyyy" : "MMM", CultureInfo.InvariantCulture);
}
