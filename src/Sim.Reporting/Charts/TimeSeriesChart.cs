using ScottPlot;
using Sim.Reporting.Ensembles;

namespace Sim.Reporting.Charts;

/// <summary>
/// A chart of values over months built with ScottPlot: lines, thin faded lines, markers and ensemble fan bands
/// (p05–p95 and p10–p90 shaded around the median). Values are divided by <see cref="Divisor"/> for display.
/// </summary>
public sealed class TimeSeriesChart
{
    private readonly Plot _plot;
    private DateOnly? _first;
    private DateOnly? _last;
    private bool _legend;

    /// <summary>Starts a chart with a title and a vertical-axis label.</summary>
    public TimeSeriesChart(string title, string yLabel, double divisor = 1)
    {
        Title = title;
        Divisor = divisor;
        _plot = ChartRenderer.NewPlot(title, yLabel);
    }

    /// <summary>The caption.</summary>
    public string Title { get; }

    /// <summary>Values are divided by this before drawing (e.g. 1000 for "thousand").</summary>
    public double Divisor { get; }

    /// <summary>A solid line with small markers (or without, for long series); a secondary line is thin and faded.</summary>
    public TimeSeriesChart Line(string name, IReadOnlyList<DateOnly> dates, IReadOnlyList<double> values, int color, bool faded = false)
    {
        var line = _plot.Add.Scatter(Xs(dates), Ys(values), ChartPalette.At(color));
        line.LineWidth = faded ? 1 : 2;
        line.MarkerSize = faded || dates.Count > 36 ? 0 : 4;
        if (faded)
        {
            // Thin and faded rather than dashed: Skia's SVG canvas has no path effects (it drew the dash solid and
            // printed "Unsupported path effect in addPaint." on the terminal for every such line).
            line.LineColor = line.LineColor.WithAlpha(0.55);
        }

        Legend(line, name);
        return this;
    }

    /// <summary>Square markers without a line (observations).</summary>
    public TimeSeriesChart Markers(string name, IReadOnlyList<DateOnly> dates, IReadOnlyList<double> values, int color)
    {
        var markers = _plot.Add.ScatterPoints(Xs(dates), Ys(values), ChartPalette.At(color));
        markers.MarkerShape = MarkerShape.FilledSquare;
        markers.MarkerSize = 8;
        Legend(markers, name);
        return this;
    }

    /// <summary>
    /// An ensemble fan: p05–p95 and p10–p90 bands and the median line; with one member only the line is drawn.
    /// </summary>
    public TimeSeriesChart Fan(string name, IReadOnlyList<DateOnly> dates, IReadOnlyList<QuantileSet> statistics, int members, int color)
    {
        if (members > 1)
        {
            Band(dates, statistics.Select(s => s.P05).ToArray(), statistics.Select(s => s.P95).ToArray(), ChartPalette.Band(ChartPalette.At(color), inner: false), $"{name} p05–p95");
            Band(dates, statistics.Select(s => s.P10).ToArray(), statistics.Select(s => s.P90).ToArray(), ChartPalette.Band(ChartPalette.At(color), inner: true), $"{name} p10–p90");
        }

        return Line(members > 1 ? $"{name} median of {members}" : name, dates, statistics.Select(s => s.P50).ToArray(), color);
    }

    /// <summary>A horizontal reference line (e.g. zero).</summary>
    public TimeSeriesChart Reference(double y)
    {
        var line = _plot.Add.HorizontalLine(y / Divisor);
        line.Color = Colors.Gray;
        line.LineWidth = 1;
        return this;
    }

    /// <summary>Renders the chart; small multiples leave the legend out (<paramref name="legend"/> false).</summary>
    public ChartImage Render(string id, int width = 860, int height = 400, bool legend = true)
    {
        if (_legend && legend)
        {
            // Outside the data area: bands and lines fill the plot from edge to edge.
            _plot.ShowLegend(Edge.Right);
        }

        // Autoscale the values first, then pin the horizontal axis to whole months.
        _plot.Axes.AutoScale();
        if (_first is { } f && _last is { } l)
        {
            MonthAxis.Apply(_plot, f, l);
        }

        return ChartRenderer.Render(_plot, id, Title, width, height);
    }

    private void Band(IReadOnlyList<DateOnly> dates, double[] low, double[] high, Color color, string name)
    {
        var band = _plot.Add.FillY(Xs(dates), Ys(low), Ys(high));
        band.FillColor = color;
        band.LineWidth = 0;
        Legend(band, name);
    }

    private void Legend(IPlottable plottable, string name)
    {
        if (name.Length == 0)
        {
            return;
        }

        switch (plottable)
        {
            case ScottPlot.Plottables.Scatter s:
                s.LegendText = name;
                break;
            case ScottPlot.Plottables.FillY f:
                f.LegendText = name;
                break;
        }

        _legend = true;
    }

    private double[] Xs(IReadOnlyList<DateOnly> dates)
    {
        if (dates.Count > 0)
        {
            _first = _first is { } f && f < dates.Min() ? f : dates.Min();
            _last = _last is { } l && l > dates.Max() ? l : dates.Max();
        }

        return dates.Select(MonthAxis.X).ToArray();
    }

    private double[] Ys(IReadOnlyList<double> values) => values.Select(v => v / Divisor).ToArray();
}
