using Sim.Reporting.Charts;

namespace Sim.Calibration.Fit;

/// <summary>
/// Renders the chart series of a fit with ScottPlot (<see cref="TimeSeriesChart"/>): per simulated line the median
/// over runs (and thin, faded min and max when there are several runs), observations as square markers. Horizontal
/// axis: dates by month.
/// </summary>
public static class FitCharts
{
    /// <summary>One chart per chart id (e.g. <c>russians</c>, <c>rents</c>), as SVG and PNG.</summary>
    public static IReadOnlyList<ChartImage> Render(FitSummary summary)
    {
        var charts = new List<ChartImage>();
        foreach (var first in summary.Runs[0].Series)
        {
            var perRun = summary.Runs.Select(r => r.Series.Single(s => s.Id == first.Id)).ToList();
            var persons = first.Unit == "persons";
            var chart = new TimeSeriesChart(first.Title, persons ? "persons, thousand" : first.Unit, persons ? 1000 : 1);
            var color = 0;
            var colorOf = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var name in first.Simulated.Keys)
            {
                var c = color++;
                colorOf[Subject(name)] = c;
                var lines = perRun.Select(r => r.Simulated[name]).ToList();
                var dates = lines[0].Select(p => p.Date).ToList();
                var suffix = lines.Count > 1 ? $" (median of {lines.Count} runs)" : string.Empty;
                chart.Line(name + suffix, dates, Combine(lines, ComparisonSpread.MedianOf), c);
                if (lines.Count > 1)
                {
                    chart.Line(name + " min and max", dates, Combine(lines, v => v.Min()), c, faded: true);
                    chart.Line(string.Empty, dates, Combine(lines, v => v.Max()), c, faded: true);
                }
            }

            foreach (var (name, points) in first.Observed)
            {
                var c = colorOf.TryGetValue(Subject(name), out var same) ? same : color++;
                chart.Markers(name, points.Select(p => p.Date).ToList(), points.Select(p => p.Value).ToList(), c);
            }

            charts.Add(chart.Render(first.Id));
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

    private static double[] Combine(IReadOnlyList<IReadOnlyList<DatedValue>> lines, Func<IReadOnlyList<double>, double> reduce) =>
        lines[0].Select((_, i) => reduce(lines.Select(l => l[i].Value).ToList())).ToArray();
}
