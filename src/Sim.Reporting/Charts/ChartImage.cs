namespace Sim.Reporting.Charts;

/// <summary>A rendered chart: SVG text (for the HTML report and slides) and PNG bytes.</summary>
/// <param name="Id">File-name stem, e.g. <c>national-population</c>.</param>
/// <param name="Title">Caption.</param>
/// <param name="Svg">The SVG document (no XML declaration).</param>
/// <param name="Png">The PNG image.</param>
public sealed record ChartImage(string Id, string Title, string Svg, byte[] Png);
