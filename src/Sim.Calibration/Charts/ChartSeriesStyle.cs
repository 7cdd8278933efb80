namespace Sim.Calibration.Charts;

/// <summary>How a series is drawn.</summary>
public enum ChartSeriesStyle
{
    /// <summary>A line through the points with a small marker at each.</summary>
    Line,

    /// <summary>Markers only, larger (reported observations).</summary>
    Markers,

    /// <summary>A thin dashed line without markers (bounds of a spread).</summary>
    Dashed,
}
