namespace Sim.Calibration.Charts;

/// <summary>A data point of a chart series, in data units.</summary>
/// <param name="X">Horizontal value (for dates, <see cref="DateOnly.DayNumber"/>).</param>
/// <param name="Y">Vertical value.</param>
public readonly record struct ChartPoint(double X, double Y);
