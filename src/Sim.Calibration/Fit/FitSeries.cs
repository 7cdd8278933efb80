namespace Sim.Calibration.Fit;

/// <summary>A simulated series with the observations it is compared with (one chart).</summary>
/// <param name="Id">File-name stem of the chart, e.g. <c>russians</c>.</param>
/// <param name="Title">Chart title.</param>
/// <param name="Unit">Unit of the values.</param>
/// <param name="Simulated">Simulated lines by name.</param>
/// <param name="Observed">Observed points by name.</param>
public sealed record FitSeries(
    string Id,
    string Title,
    string Unit,
    IReadOnlyDictionary<string, IReadOnlyList<DatedValue>> Simulated,
    IReadOnlyDictionary<string, IReadOnlyList<DatedValue>> Observed);
