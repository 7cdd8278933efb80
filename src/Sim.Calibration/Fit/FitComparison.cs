using System.Globalization;

namespace Sim.Calibration.Fit;

/// <summary>One observed quantity set against its simulated value.</summary>
/// <param name="Id">Stable key (the same across seeds), e.g. <c>births_2022</c>.</param>
/// <param name="Target">What is compared, in words.</param>
/// <param name="Unit">Unit of <paramref name="Observed"/> and <paramref name="Simulated"/>.</param>
/// <param name="Observed">The observed value (for a statistic such as ARD, its ideal value).</param>
/// <param name="Simulated">The simulated value.</param>
/// <param name="Check">How the comparison passes.</param>
/// <param name="Tolerance">The bound of <paramref name="Check"/> (ignored for <see cref="FitCheck.None"/>).</param>
/// <param name="Mapping">How the observation's date was mapped onto monthly steps.</param>
public sealed record FitComparison(
    string Id,
    string Target,
    string Unit,
    double Observed,
    double Simulated,
    FitCheck Check,
    double Tolerance,
    string Mapping)
{
    /// <summary>
    /// The error in the unit the check uses: relative (sim − obs)/obs for <see cref="FitCheck.WithinRelative"/>,
    /// sim − obs otherwise.
    /// </summary>
    public double Error => Check == FitCheck.WithinRelative ? FitMetrics.RelativeError(Simulated, Observed) : Simulated - Observed;

    /// <summary>Whether the comparison passes; null when it is informational.</summary>
    public bool? Pass => Passes(Simulated);

    /// <summary>Whether a simulated value would pass this comparison's check.</summary>
    public bool? Passes(double simulated) => Check switch
    {
        FitCheck.None => null,
        FitCheck.AtMost => simulated <= Tolerance,
        FitCheck.WithinRelative => Math.Abs(FitMetrics.RelativeError(simulated, Observed)) <= Tolerance,
        FitCheck.WithinDifference => Math.Abs(simulated - Observed) <= Tolerance,
        FitCheck.AtLeast => simulated >= Tolerance,
        _ => throw new InvalidOperationException($"unknown check {Check}"),
    };

    /// <summary>The criterion in words, e.g. "within ±2%".</summary>
    public string Criterion => Check switch
    {
        FitCheck.None => "(information)",
        FitCheck.AtMost => "≤ " + Tolerance.ToString("0.####", CultureInfo.InvariantCulture),
        FitCheck.WithinRelative => "within ±" + (Tolerance * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%",
        FitCheck.WithinDifference => "within ±" + Tolerance.ToString("0.##", CultureInfo.InvariantCulture) + " " + Unit,
        FitCheck.AtLeast => "≥ " + Tolerance.ToString("0.##", CultureInfo.InvariantCulture),
        _ => Check.ToString(),
    };
}
