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

        // Skia numbers clip paths with a process-wide counter; renumbering them per chart keeps the bytes a function
        // of the chart alone.
        svg = RenameIds(svg, (id, index) => "clip" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var png = plot.GetImageBytes(width, height, ImageFormat.Png);
        return new ChartImage(id, title, svg, png);
    }

    /// <summary>
    /// The SVG with every element id (and reference to it) prefixed, so several charts inlined into one HTML page
    /// do not share clip paths.
    /// </summary>
    public static string ScopeIds(string svg, string prefix) => RenameIds(svg, (id, _) => prefix + id);

    /// <summary>Renames every element id and every reference to it (<c>url(#id)</c>, <c>href="#id"</c>) in one pass.</summary>
    private static string RenameIds(string svg, Func<string, int, string> rename)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in IdAttribute().Matches(svg))
        {
            var id = match.Groups[1].Value;
            if (!names.ContainsKey(id))
            {
                names[id] = rename(id, names.Count);
            }
        }

        return names.Count == 0 ? svg : IdOrReference().Replace(svg, m =>
            names.TryGetValue(m.Groups[2].Value, out var name) ? m.Groups[1].Value + name + m.Groups[3].Value : m.Value);
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("""(\sid="|url\(#|href="#)([^")]+)([")])""")]
    private static partial Regex IdOrReference();
}
