namespace Sim.Calibration.Charts;

/// <summary>A named series of a line chart.</summary>
/// <param name="Name">Legend text (empty: not listed in the legend).</param>
/// <param name="Points">Points in drawing order.</param>
/// <param name="Style">How the series is drawn.</param>
/// <param name="Color">Stroke and fill colour (CSS); null takes the next colour of the palette.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points, ChartSeriesStyle Style = ChartSeriesStyle.Line, string? Color = null);
