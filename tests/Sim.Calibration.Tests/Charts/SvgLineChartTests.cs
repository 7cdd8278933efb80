using System.Globalization;
using System.Xml.Linq;
using Sim.Calibration.Charts;

namespace Sim.Calibration.Tests.Charts;

public sealed class SvgLineChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static SvgLineChart Chart() => new()
    {
        Title = "Rents <Astana & Almaty>",
        Width = 500,
        Height = 300,
        XRange = new AxisRange(0, 10, [0, 5, 10]),
        YRange = new AxisRange(100, 200, [100, 150, 200]),
    };

    [Fact]
    public void Output_is_well_formed_svg_with_escaped_text()
    {
        var chart = Chart().Add(new ChartSeries("simulated \"AST\"", [new(0, 100), new(10, 200)]));
        var doc = XDocument.Parse(chart.Render());
        Assert.Equal(Svg + "svg", doc.Root!.Name);
        Assert.Equal("Rents <Astana & Almaty>", doc.Root.Element(Svg + "title")!.Value);
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "simulated \"AST\"");
    }

    [Fact]
    public void Points_map_linearly_into_the_plot_area_with_y_pointing_up()
    {
        var chart = Chart().Add(new ChartSeries("s", [new(0, 100), new(5, 150), new(10, 200)]));
        var doc = XDocument.Parse(chart.Render());
        var polyline = doc.Descendants(Svg + "polyline").Single();
        var points = polyline.Attribute("points")!.Value.Split(' ')
            .Select(p => p.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();

        // Plot area: left 80, right 500 - 24 = 476, top 44, bottom 300 - 56 = 244.
        Assert.Equal([80.0, 244.0], points[0]);
        Assert.Equal([278.0, 144.0], points[1]); // x: 80 + 0.5 * 396; y: 244 - 0.5 * 200
        Assert.Equal([476.0, 44.0], points[2]);
        Assert.Equal(278.0, chart.MapX(5, chart.EffectiveXRange()), 9);
        Assert.Equal(144.0, chart.MapY(150, chart.EffectiveYRange()), 9);
    }

    [Fact]
    public void Markers_series_draws_one_square_per_point_and_no_line()
    {
        var chart = Chart().Add(new ChartSeries("reported", [new(2, 120), new(8, 180)], ChartSeriesStyle.Markers));
        var doc = XDocument.Parse(chart.Render());
        var group = doc.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-series") == "reported");
        Assert.Empty(group.Elements(Svg + "polyline"));
        var squares = group.Elements(Svg + "rect").ToList();
        Assert.Equal(2, squares.Count);

        // Centre of the first square: x = 80 + 0.2 * 396 = 159.2, y = 244 - 0.2 * 200 = 204; half side 5.
        Assert.Equal("154.2", squares[0].Attribute("x")!.Value);
        Assert.Equal("199", squares[0].Attribute("y")!.Value);
    }

    [Fact]
    public void Ticks_are_labelled_with_the_formatters()
    {
        var chart = new SvgLineChart
        {
            XRange = new AxisRange(0, 2, [0, 1, 2]),
            XTickFormat = v => "x" + v.ToString(CultureInfo.InvariantCulture),
            YTickFormat = v => "y" + v.ToString(CultureInfo.InvariantCulture),
            YRange = new AxisRange(0, 10, [0, 10]),
        }.Add(new ChartSeries("s", [new(0, 0), new(2, 10)]));
        var labels = XDocument.Parse(chart.Render()).Descendants(Svg + "text").Select(t => t.Value).ToHashSet();
        Assert.Superset(new HashSet<string> { "x0", "x1", "x2", "y0", "y10" }, labels);
    }

    [Fact]
    public void Nice_range_covers_the_data_on_a_1_2_5_step()
    {
        var range = AxisRange.Nice(3, 97);
        Assert.Equal(0, range.Min);
        Assert.Equal(100, range.Max);
        Assert.Equal([0.0, 20, 40, 60, 80, 100], range.Ticks);
        var flat = AxisRange.Nice(5, 5);
        Assert.True(flat.Min < 5 && flat.Max > 5);
    }

    [Fact]
    public void Non_finite_points_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Chart().Add(new ChartSeries("s", [new(double.NaN, 1)])));
    }

    [Fact]
    public void Unnamed_series_are_left_out_of_the_legend()
    {
        var chart = Chart().Add(new ChartSeries("median", [new(0, 100), new(10, 120)]))
            .Add(new ChartSeries(string.Empty, [new(0, 110), new(10, 130)], ChartSeriesStyle.Dashed));
        var legend = XDocument.Parse(chart.Render()).Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend");
        Assert.Single(legend.Elements(Svg + "text"));
        Assert.Equal("5,4", XDocument.Parse(chart.Render()).Descendants(Svg + "polyline").Last().Attribute("stroke-dasharray")!.Value);
    }
}
