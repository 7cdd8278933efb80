using System.Xml.Linq;
using Sim.Reporting.Charts;
using Sim.Reporting.Ensembles;

namespace Sim.Reporting.Tests.Charts;

public sealed class TimeSeriesChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly DateOnly[] Months = [new(2024, 1, 1), new(2024, 2, 1), new(2024, 3, 1)];

    private static ChartImage Fan() => new TimeSeriesChart("Population <AST & ALA>", "thousand", 1000)
        .Fan("ensemble", Months, [new(1, 2, 3, 4, 5, 3), new(2, 3, 4, 5, 6, 4), new(3, 4, 5, 6, 7, 5)], members: 5, color: 0)
        .Line("baseline", Months, [2500, 3500, 4500], 1, faded: true)
        .Render("fan", 600, 300);

    [Fact]
    public void Svg_is_well_formed_scalable_and_carries_the_escaped_title_and_legend()
    {
        var chart = Fan();
        var doc = XDocument.Parse(chart.Svg);
        Assert.Equal(Svg + "svg", doc.Root!.Name);
        Assert.Equal("0 0 600 300", doc.Root.Attribute("viewBox")!.Value);
        var texts = doc.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains("Population <AST & ALA>", texts);
        Assert.Contains("ensemble median of 5", texts);
        Assert.Contains("ensemble p05–p95", texts);
        Assert.Contains("Jan 2024", texts);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], chart.Png[..4]);
    }

    [Fact]
    public void The_same_chart_gives_the_same_bytes()
    {
        var a = Fan();
        var b = Fan();
        Assert.Equal(a.Svg, b.Svg);
        Assert.Equal(a.Png, b.Png);
    }

    [Fact]
    public void Scoped_ids_do_not_collide_between_inlined_charts()
    {
        var svg = Fan().Svg;
        var ids = XDocument.Parse(svg).Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ToList();
        Assert.NotEmpty(ids);
        var scoped = ChartRenderer.ScopeIds(svg, "c7-");
        var doc = XDocument.Parse(scoped);
        Assert.All(doc.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>(), id => Assert.StartsWith("c7-", id, StringComparison.Ordinal));
        foreach (var id in ids)
        {
            Assert.DoesNotContain($"#{id})", scoped, StringComparison.Ordinal);
            Assert.Contains($"#c7-{id})", scoped, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_single_member_fan_is_just_its_line()
    {
        var doc = XDocument.Parse(new TimeSeriesChart("t", "y").Fan("run", Months, [QuantileSet.Of([1.0]), QuantileSet.Of([2.0]), QuantileSet.Of([3.0])], 1, 0).Render("one").Svg);
        var texts = doc.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains("run", texts);
        Assert.DoesNotContain(texts, t => t.Contains("p05", StringComparison.Ordinal));
    }
}
