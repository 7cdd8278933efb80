using System.Text.RegularExpressions;
using ScottPlot;

namespace Sim.Reporting.Charts;

/// <summary>
/// Renders a ScottPlot plot to SVG and PNG with the project's common look (fonts that exist on Debian, light grid).
/// Rendering is sequential: ScottPlot plots are not shared between threads.
/// </summary>
public static partial class ChartRenderer
{
    /// <summary>A fresh plot with the common look and a title.</summary>
    public static Plot NewPlot(string title, string? yLabel = null, string? xLabel = null)
    {
        var plot = new Plot();
        // DejaVu Sans: installed with Debian's fonts-dejavu-core (tests/setup/install-chromium.sh); Skia falls back otherwise.
        plot.Font.Set("DejaVu Sans");
        plot.Title(title, size: 15);
        if (yLabel is not null)
        {
            plot.YLabel(yLabel, size: 12);
        }

        if (xLabel is not null)
        {
            plot.XLabel(xLabel, size: 12);
        }

        plot.Grid.MajorLineColor = Color.FromHex("#e5e5e5");
        return plot;
    }

    /// <summary>Renders <paramref name="plot"/> at <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public static ChartImage Render(Plot plot, string id, string title, int width = 720, int height = 400)
    {
        var svg = XmlDeclaration().Replace(plot.GetSvgXml(width, height), string.Empty).Trim();
        // A viewBox lets the inlined chart scale with the page.
        svg = svg.Replace($"width=\"{width}\" height=\"{height}\">", $"width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">", StringComparison.Ordinal);
        var png = plot.GetImageBytes(width, height, ImageFormat.Png);
        return new ChartImage(id, title, svg, png);
    }

    /// <summary>
    /// The SVG with every element id (and reference to it) prefixed, so several charts inlined into one HTML page
    /// do not share clip paths.
    /// </summary>
    public static string ScopeIds(string svg, string prefix)
    {
        var ids = IdAttribute().Matches(svg).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        foreach (var id in ids)
        {
            svg = svg.Replace($"id=\"{id}\"", $"id=\"{prefix}{id}\"", StringComparison.Ordinal)
                .Replace($"#{id})", $"#{prefix}{id})", StringComparison.Ordinal)
                .Replace($"href=\"#{id}\"", $"href=\"#{prefix}{id}\"", StringComparison.Ordinal);
        }

        return svg;
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();
}
