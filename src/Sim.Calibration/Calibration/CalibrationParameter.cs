using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Calibration.Calibration;

/// <summary>
/// A scenario parameter the calibration fits, named by its dotted key path in scenario files (e.g.
/// <c>housing.rent_pressure_response</c>), with bounds. The optimiser works on an unbounded value u mapped into the
/// bounds by x = lower + (upper − lower) / (1 + e^(−u)), so every candidate is inside them.
/// </summary>
/// <param name="Key">Dotted key path of a number in the scenario schema.</param>
/// <param name="Lower">Smallest value.</param>
/// <param name="Upper">Largest value.</param>
/// <param name="Why">What the parameter moves, for the progress and the calibrated file.</param>
public sealed record CalibrationParameter(string Key, double Lower, double Upper, string Why)
{
    /// <summary>
    /// The default parameter set: every scenario parameter declared <see cref="CalibratedAttribute"/> (the relocation
    /// logit, the departure hazard of foreign stayers, the rent response), with the bounds declared there. All are
    /// keys of the root scenario's process sections, so <c>calibrated.yaml</c> can carry them for every scenario.
    /// </summary>
    public static IReadOnlyList<CalibrationParameter> Defaults { get; } =
        [.. ScenarioParameters.Calibrated.Select(p => new CalibrationParameter(p.KeyPath, p.Calibrated!.Lower, p.Calibrated.Upper, p.Calibrated.Moves))];

    /// <summary>The bounded value of an unbounded optimiser coordinate.</summary>
    public double FromUnbounded(double u) => Lower + ((Upper - Lower) / (1 + Math.Exp(-u)));

    /// <summary>
    /// The unbounded coordinate of a value; values at or beyond a bound are first moved 1% of the range
    /// inside it (the transform reaches the bounds only at infinity).
    /// </summary>
    public double ToUnbounded(double x)
    {
        var margin = (Upper - Lower) * 0.01;
        var p = (Math.Clamp(x, Lower + margin, Upper - margin) - Lower) / (Upper - Lower);
        return Math.Log(p / (1 - p));
    }

    /// <summary>
    /// Checks the key is a declared real-valued scenario parameter (through sections, e.g. <c>relocation.beta_wage</c>)
    /// and the bounds lie inside its declared range; throws <see cref="CalibrationInputException"/> otherwise.
    /// </summary>
    public void Validate()
    {
        if (!(Lower < Upper))
        {
            throw new CalibrationInputException($"parameter '{Key}': lower bound {Lower} is not below upper bound {Upper}");
        }

        var declared = ScenarioParameters.Find(Key) ?? throw new CalibrationInputException($"parameter '{Key}' is not a declared scenario parameter");
        if (declared.Type != typeof(double) || Key.Contains('<', StringComparison.Ordinal))
        {
            throw new CalibrationInputException($"parameter '{Key}' is not a real number of the scenario");
        }

        var range = declared.Declaration;
        if (Lower < range.Min || Upper > range.Max)
        {
            throw new CalibrationInputException($"parameter '{Key}': bounds [{Lower}, {Upper}] must lie inside the declared {range.Min}..{range.Max}");
        }
    }
}
