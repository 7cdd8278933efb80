using System.Globalization;
using Sim.Calibration.Charts;

namespace Sim.Calibration.Fit;

/// <summary>
/// Renders the chart series of a fit as SVG: per simulated line the median over runs (and dashed min and max
/// when there are several runs), observations as square markers. Horizontal axis: dates by month.
/// </summary>
public static class FitCharts
{
    private static readonly string[] Colors = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"];

    /// <summary>One SVG document per chart id (e.g. <c>russians</c>, <c>rents</c>).</summary>
    public static IReadOnlyDictionary<string, string> Render(FitSummary summary)
    {
        var charts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var first in summary.Runs[0].Series)
        {
            var perRun = summary.Runs.Select(r => r.Series.Single(s => s.Id == first.Id)).ToList();
            var chart = new SvgLineChart
            {
                Title = first.Title,
                XTitle = "date (step ends are the first day of the next month)",
                YTitle = first.Unit == "persons" ? "persons, thousand" : first.Unit,
                XRange = DateRange(first),
                XTickFormat = MonthLabel,
                YTickFormat = first.Unit == "persons"
                    ? v => (v / 1000).ToString("0", CultureInfo.InvariantCulture)
                    : v => v.ToString("0.##", CultureInfo.InvariantCulture),
            };
            var color = 0;
            var colorOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in first.Simulated.Keys)
            {
                var c = Colors[color++ % Colors.Length];
                colorOf[Subject(name)] = c;
                var lines = perRun.Select(r => r.Simulated[name]).ToList();
                var suffix = lines.Count > 1 ? $" (median of {lines.Count} runs)" : string.Empty;
                chart.Add(new ChartSeries(name + suffix, Combine(lines, ComparisonSpread.MedianOf), ChartSeriesStyle.Line, c));
                if (lines.Count > 1)
                {
                    chart.Add(new ChartSeries(name + " min and max", Combine(lines, v => v.Min()), ChartSeriesStyle.Dashed, c));
                    chart.Add(new ChartSeries(string.Empty, Combine(lines, v => v.Max()), ChartSeriesStyle.Dashed, c));
                }
            }

            foreach (var (name, points) in first.Observed)
            {
                var c = colorOf.TryGetValue(Subject(name), out var same) ? same : Colors[color++ % Colors.Length];
                chart.Add(new ChartSeries(name, points.Select(p => new ChartPoint(p.Date.DayNumber, p.Value)).ToList(), ChartSeriesStyle.Markers, c));
            }

            charts[first.Id] = chart.Render();
        }

        return charts;
    }

    /// <summary>What a series is about: its name without a leading "simulated " or "reported " (same subject, same colour).</summary>
    internal static string Subject(string name)
    {
        foreach (var prefix in new[] { "simulated ", "reported " })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return name[prefix.Length..];
            }
        }

        return name;
    }

    /// <summary>"Jan 2022" for January, "Feb".."Dec" otherwise.</summary>
    internal static string MonthLabel(double dayNumber)
    {
        var date = DateOnly.FromDayNumber((int)Math.Round(dayNumber));
        return date.ToString(date.Month == 1 ? "MMM yyyy" : "MMM", CultureInfo.InvariantCulture);
    }

    private static AxisRange DateRange(FitSeries series)
    {
        var dates = series.Simulated.Values.SelectMany(v => v).Select(p => p.Date)
            .Concat(series.Observed.Values.SelectMany(v => v).Select(p => p.Date)).ToList();
        var first = dates.Min();
        var last = dates.Max();
        var start = new DateOnly(first.Year, first.Month, 1);
        var end = last.Day == 1 ? last : new DateOnly(last.Year, last.Month, 1).AddMonths(1);
        var ticks = new List<double>();
        for (var d = start; d <= end; d = d.AddMonths(1))
        {
            ticks.Add(d.DayNumber);
        }

        return new AxisRange(start.DayNumber, Math.Max(end.DayNumber, start.DayNumber + 1), ticks);
    }

    private static List<ChartPoint> Combine(IReadOnlyList<IReadOnlyList<DatedValue>> lines, Func<IReadOnlyList<double>, double> reduce) =>
        lines[0].Select((p, i) => new ChartPoint(p.Date.DayNumber, reduce(lines.Select(l => l[i].Value).ToList()))).ToList();
}
