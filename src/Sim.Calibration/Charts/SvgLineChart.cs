using System.Globalization;
using System.Xml.Linq;

namespace Sim.Calibration.Charts;

/// <summary>
/// A small line-chart renderer producing a standalone SVG document (no chart package is available for .NET
/// here). Series are drawn as polylines or markers inside a plot area with nice ticks, axis titles and a legend.
/// The element tree is built with <see cref="System.Xml.Linq"/>, so the output is well-formed XML.
/// </summary>
public sealed class SvgLineChart
{
    /// <summary>The SVG namespace.</summary>
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly string[] Palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf"];

    private readonly List<ChartSeries> _series = [];

    /// <summary>Chart title.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>Horizontal axis title.</summary>
    public string XTitle { get; init; } = string.Empty;

    /// <summary>Vertical axis title.</summary>
    public string YTitle { get; init; } = string.Empty;

    /// <summary>Width of the picture, pixels.</summary>
    public int Width { get; init; } = 760;

    /// <summary>Height of the picture, pixels.</summary>
    public int Height { get; init; } = 420;

    /// <summary>Fixed horizontal range; null fits the data.</summary>
    public AxisRange? XRange { get; init; }

    /// <summary>Fixed vertical range; null fits the data.</summary>
    public AxisRange? YRange { get; init; }

    /// <summary>Formats horizontal tick values (e.g. day numbers as months).</summary>
    public Func<double, string> XTickFormat { get; init; } = v => v.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Formats vertical tick values.</summary>
    public Func<double, string> YTickFormat { get; init; } = v => v.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Left edge of the plot area, pixels.</summary>
    public static double PlotLeft => 80;

    /// <summary>Top edge of the plot area, pixels.</summary>
    public static double PlotTop => 44;

    /// <summary>Right edge of the plot area, pixels.</summary>
    public double PlotRight => Width - 24;

    /// <summary>Bottom edge of the plot area, pixels.</summary>
    public double PlotBottom => Height - 56;

    /// <summary>The series added so far.</summary>
    public IReadOnlyList<ChartSeries> Series => _series;

    /// <summary>Adds a series; points must be finite.</summary>
    public SvgLineChart Add(ChartSeries series)
    {
        if (series.Points.Any(p => !double.IsFinite(p.X) || !double.IsFinite(p.Y)))
        {
            throw new ArgumentException($"series '{series.Name}' has a point that is not finite", nameof(series));
        }

        _series.Add(series);
        return this;
    }

    /// <summary>The horizontal range used: <see cref="XRange"/> or a nice range around the data.</summary>
    public AxisRange EffectiveXRange() => XRange ?? Fit(p => p.X);

    /// <summary>The vertical range used: <see cref="YRange"/> or a nice range around the data.</summary>
    public AxisRange EffectiveYRange() => YRange ?? Fit(p => p.Y);

    /// <summary>Pixel column of a data value on the horizontal axis.</summary>
    public double MapX(double x, AxisRange range) => PlotLeft + ((x - range.Min) / (range.Max - range.Min) * (PlotRight - PlotLeft));

    /// <summary>Pixel row of a data value on the vertical axis (up is larger).</summary>
    public double MapY(double y, AxisRange range) => PlotBottom - ((y - range.Min) / (range.Max - range.Min) * (PlotBottom - PlotTop));

    /// <summary>Renders the chart as an SVG document (UTF-8 text with an XML declaration).</summary>
    public string Render()
    {
        var xr = EffectiveXRange();
        var yr = EffectiveYRange();
        var root = new XElement(Svg + "svg",
            new XAttribute("width", Width), new XAttribute("height", Height),
            new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            new XAttribute("font-family", "sans-serif"), new XAttribute("font-size", 12),
            new XElement(Svg + "title", Title),
            new XElement(Svg + "rect", new XAttribute("width", Width), new XAttribute("height", Height), new XAttribute("fill", "white")),
            Text(Width / 2.0, 24, Title, "middle", 15));
        root.Add(Axes(xr, yr));
        var plot = new XElement(Svg + "g", new XAttribute("class", "series"));
        for (var s = 0; s < _series.Count; s++)
        {
            plot.Add(SeriesElement(_series[s], ColorOf(s), xr, yr));
        }

        root.Add(plot, Legend());
        return new XDeclaration("1.0", "utf-8", null) + Environment.NewLine + root.ToString(SaveOptions.None);
    }

    private AxisRange Fit(Func<ChartPoint, double> value)
    {
        var values = _series.SelectMany(s => s.Points).Select(value).ToList();
        return values.Count == 0 ? AxisRange.Nice(0, 1) : AxisRange.Nice(values.Min(), values.Max());
    }

    private IEnumerable<XElement> Axes(AxisRange xr, AxisRange yr)
    {
        var grid = new XElement(Svg + "g", new XAttribute("class", "axes"), new XAttribute("stroke", "#ccc"));
        foreach (var t in yr.Ticks)
        {
            var y = MapY(t, yr);
            grid.Add(Line(PlotLeft, y, PlotRight, y, "#e5e5e5"));
            grid.Add(Text(PlotLeft - 6, y + 4, YTickFormat(t), "end"));
        }

        foreach (var t in xr.Ticks)
        {
            var x = MapX(t, xr);
            grid.Add(Line(x, PlotBottom, x, PlotBottom + 5, "#444"));
            grid.Add(Text(x, PlotBottom + 18, XTickFormat(t), "middle"));
        }

        grid.Add(Line(PlotLeft, PlotBottom, PlotRight, PlotBottom, "#444"));
        grid.Add(Line(PlotLeft, PlotTop, PlotLeft, PlotBottom, "#444"));
        grid.Add(Text((PlotLeft + PlotRight) / 2, Height - 14, XTitle, "middle"));
        var yTitle = Text(18, (PlotTop + PlotBottom) / 2, YTitle, "middle");
        yTitle.Add(new XAttribute("transform", $"rotate(-90 18 {F((PlotTop + PlotBottom) / 2)})"));
        grid.Add(yTitle);
        yield return grid;
    }

    private XElement SeriesElement(ChartSeries series, string color, AxisRange xr, AxisRange yr)
    {
        var g = new XElement(Svg + "g", new XAttribute("data-series", series.Name));
        var pixels = series.Points.Select(p => (X: MapX(p.X, xr), Y: MapY(p.Y, yr))).ToList();
        if (series.Style != ChartSeriesStyle.Markers && pixels.Count > 1)
        {
            var polyline = new XElement(Svg + "polyline",
                new XAttribute("points", string.Join(" ", pixels.Select(p => $"{F(p.X)},{F(p.Y)}"))),
                new XAttribute("fill", "none"), new XAttribute("stroke", color),
                new XAttribute("stroke-width", series.Style == ChartSeriesStyle.Dashed ? 1 : 2));
            if (series.Style == ChartSeriesStyle.Dashed)
            {
                polyline.Add(new XAttribute("stroke-dasharray", "5,4"));
                g.Add(polyline);
                return g;
            }

            g.Add(polyline);
        }

        var radius = series.Style == ChartSeriesStyle.Markers ? 5 : 2.5;
        foreach (var p in pixels)
        {
            g.Add(series.Style == ChartSeriesStyle.Markers
                ? new XElement(Svg + "rect", new XAttribute("x", F(p.X - radius)), new XAttribute("y", F(p.Y - radius)),
                    new XAttribute("width", F(2 * radius)), new XAttribute("height", F(2 * radius)),
                    new XAttribute("fill", color), new XAttribute("stroke", "black"))
                : new XElement(Svg + "circle", new XAttribute("cx", F(p.X)), new XAttribute("cy", F(p.Y)),
                    new XAttribute("r", F(radius)), new XAttribute("fill", color)));
        }

        return g;
    }

    private XElement Legend()
    {
        var g = new XElement(Svg + "g", new XAttribute("class", "legend"));
        var row = 0;
        for (var s = 0; s < _series.Count; s++)
        {
            if (_series[s].Name.Length == 0)
            {
                continue;
            }

            var y = PlotTop + 10 + (row++ * 18);
            var x = PlotLeft + 12;
            var color = ColorOf(s);
            var sample = _series[s].Style switch
            {
                ChartSeriesStyle.Markers => new XElement(Svg + "rect", new XAttribute("x", F(x + 6)), new XAttribute("y", F(y - 5)),
                    new XAttribute("width", 10), new XAttribute("height", 10), new XAttribute("fill", color), new XAttribute("stroke", "black")),
                ChartSeriesStyle.Dashed => Line(x, y, x + 22, y, color),
                _ => Line(x, y, x + 22, y, color, 2),
            };
            if (_series[s].Style == ChartSeriesStyle.Dashed)
            {
                sample.Add(new XAttribute("stroke-dasharray", "5,4"));
            }

            g.Add(sample);
            g.Add(Text(x + 28, y + 4, _series[s].Name, "start"));
        }

        return g;
    }

    private string ColorOf(int series) => _series[series].Color ?? Palette[series % Palette.Length];

    private static XElement Line(double x1, double y1, double x2, double y2, string color, double width = 1) =>
        new(Svg + "line", new XAttribute("x1", F(x1)), new XAttribute("y1", F(y1)), new XAttribute("x2", F(x2)),
            new XAttribute("y2", F(y2)), new XAttribute("stroke", color), new XAttribute("stroke-width", F(width)));

    private static XElement Text(double x, double y, string text, string anchor, int size = 12) =>
        new(Svg + "text", new XAttribute("x", F(x)), new XAttribute("y", F(y)), new XAttribute("text-anchor", anchor),
            new XAttribute("font-size", size), new XAttribute("fill", "#222"), text);

    /// <summary>Formats a pixel coordinate with two decimals, invariant culture.</summary>
    internal static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
