using Sim.Calibration.Calibration;

namespace Sim.Calibration.Uncertainty;

/// <summary>
/// Standard errors of calibrated parameters from the curvature of the objective at the optimum. The objective is a
/// sum of squared errors in units of their tolerances, i.e. a χ² = −2 log L up to a constant, so the observed
/// information of parameter i is Q''ᵢᵢ / 2 and its standard error √(2 / Q''ᵢᵢ). Q''ᵢᵢ is a central finite
/// difference (unequal steps where a bound is near) along each parameter with the others held at the optimum: the
/// diagonal of the Hessian only, so correlations between parameters are ignored and each error is the conditional
/// one. Where the curvature is not positive (a flat or noisy objective, an optimum at a bound) the parameter gets
/// the fallback of <see cref="ParameterUncertainty.WithFallback"/>. Costs 2 evaluations a parameter.
/// </summary>
public static class CurvatureUncertainty
{
    /// <summary>Finite-difference step as a share of each parameter's bounds: wide enough to rise above the objective's sampling jaggedness.</summary>
    public const double StepShareOfRange = 0.05;

    /// <summary>
    /// The uncertainty of every parameter at <paramref name="best"/>, whose objective is <paramref name="bestObjective"/>;
    /// <paramref name="objective"/> evaluates other points.
    /// </summary>
    public static IReadOnlyList<ParameterUncertainty> Estimate(IReadOnlyList<CalibrationParameter> parameters, IReadOnlyList<double> best,
        double bestObjective, Func<IReadOnlyList<double>, double> objective)
    {
        var result = new List<ParameterUncertainty>(parameters.Count);
        for (var i = 0; i < parameters.Count; i++)
        {
            var p = parameters[i];
            var x = best[i];
            var step = StepShareOfRange * (p.Upper - p.Lower);
            var up = Math.Min(step, p.Upper - x);
            var down = Math.Min(step, x - p.Lower);
            if (up <= 0 || down <= 0)
            {
                result.Add(ParameterUncertainty.WithFallback(p.Key, x, p.Lower, p.Upper));
                continue;
            }

            var above = objective(With(best, i, x + up));
            var below = objective(With(best, i, x - down));
            var curvature = SecondDerivative(bestObjective, above, below, up, down);
            result.Add(StandardError(curvature) is { } error
                ? new ParameterUncertainty(p.Key, x, Math.Min(error, p.Upper - p.Lower), p.Lower, p.Upper, ParameterUncertainty.Curvature)
                : ParameterUncertainty.WithFallback(p.Key, x, p.Lower, p.Upper));
        }

        return result;
    }

    /// <summary>f'' at x from f(x), f(x + up) and f(x − down): the three-point formula for unequal steps.</summary>
    public static double SecondDerivative(double atX, double above, double below, double up, double down) =>
        2 * (((above - atX) / up) + ((below - atX) / down)) / (up + down);

    /// <summary>√(2 / Q'') for a positive finite curvature of a χ²-type objective, otherwise null.</summary>
    public static double? StandardError(double curvature) =>
        double.IsFinite(curvature) && curvature > 0 ? Math.Sqrt(2 / curvature) : null;

    private static double[] With(IReadOnlyList<double> values, int index, double value)
    {
        var copy = values.ToArray();
        copy[index] = value;
        return copy;
    }
}
