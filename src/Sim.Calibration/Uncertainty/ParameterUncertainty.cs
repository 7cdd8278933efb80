namespace Sim.Calibration.Uncertainty;

/// <summary>
/// How well the calibration pins one parameter down: its calibrated value, a standard error and the bounds draws
/// stay inside. Ensembles draw members' values from the normal distribution with this standard error truncated to
/// the bounds (<see cref="ParameterDraws"/>).
/// </summary>
/// <param name="Key">Dotted key path of the scenario parameter (e.g. <c>relocation.beta_wage</c>).</param>
/// <param name="Value">The calibrated value.</param>
/// <param name="StandardError">Standard error of the value, positive.</param>
/// <param name="Lower">Smallest value a draw takes (the calibration's search bound).</param>
/// <param name="Upper">Largest value a draw takes.</param>
/// <param name="Source">How the standard error was obtained: <see cref="Curvature"/> or <see cref="Fallback"/>.</param>
public sealed record ParameterUncertainty(string Key, double Value, double StandardError, double Lower, double Upper, string Source)
{
    /// <summary>Source of a standard error from the objective's curvature at the optimum.</summary>
    public const string Curvature = "curvature";

    /// <summary>Source of a standard error that is the documented fallback (no positive curvature was measured).</summary>
    public const string Fallback = "fallback";

    /// <summary>The fallback standard error as a share of the bounds' width: a tenth of the range searched.</summary>
    public const double FallbackShareOfRange = 0.1;

    /// <summary>The fallback for a parameter with no measured standard error.</summary>
    public static ParameterUncertainty WithFallback(string key, double value, double lower, double upper) =>
        new(key, value, FallbackShareOfRange * (upper - lower), lower, upper, Fallback);
}
