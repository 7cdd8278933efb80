using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Calibration.Calibration;

/// <summary>
/// A scenario parameter the calibration fits, named by its dotted key path in scenario files (e.g.
/// <c>housing.rent_elasticity</c>), with bounds. The optimiser works on an unbounded value u mapped into the
/// bounds by x = lower + (upper − lower) / (1 + e^(−u)), so every candidate is inside them.
/// </summary>
/// <param name="Key">Dotted key path of a number in the scenario schema.</param>
/// <param name="Lower">Smallest value.</param>
/// <param name="Upper">Largest value.</param>
/// <param name="Why">What the parameter moves, for the progress and the calibrated file.</param>
public sealed record CalibrationParameter(string Key, double Lower, double Upper, string Why)
{
    /// <summary>
    /// The default parameter set: the relocation logit, the departure hazard of foreign stayers and the rent
    /// response. All are keys of the root scenario's process sections, so <c>calibrated.yaml</c> can carry them for
    /// every scenario (shock-specific keys such as <c>arrivals.shocks.mobilisation.transit_dwell_months</c> are set by
    /// the scenario that defines the shock and would override a parent).
    /// </summary>
    public static IReadOnlyList<CalibrationParameter> Defaults { get; } =
    [
        new("relocation.stay_utility", -8, 0, "volume of inter-regional moves"),
        new("relocation.beta_wage", 0, 4, "pull of high-wage regions"),
        new("relocation.destination_size_weight", 0, 2, "pull of large regions"),
        new("relocation.beta_distance", 0, 3, "friction of distance"),
        new("departure.intercept", -8, -1, "monthly departure hazard of foreign stayers (Russians remaining)"),
        new("housing.rent_elasticity", 0, 4, "rent response to demand pressure (autumn 2022 rents)"),
        new("housing.rent_drift_per_year", -0.1, 0.4, "rent trend independent of pressure"),
    ];

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

    /// <summary>Checks the key names a number of the scenario schema and the bounds lie inside its range.</summary>
    public void Validate()
    {
        if (!(Lower < Upper))
        {
            throw new ArgumentException($"parameter '{Key}': lower bound {Lower} is not below upper bound {Upper}");
        }

        SchemaNode node = ScenarioSchema.Root;
        foreach (var part in Key.Split('.'))
        {
            node = node switch
            {
                SchemaMap map => map.Find(part)?.Node ?? throw new ArgumentException($"parameter '{Key}': '{part}' is not a key of the scenario schema here"),
                SchemaKeyedMap keyed => keyed.Value,
                _ => throw new ArgumentException($"parameter '{Key}': '{part}' is below a value"),
            };
        }

        if (node is not SchemaNumber number)
        {
            throw new ArgumentException($"parameter '{Key}' is not a number in the scenario schema");
        }

        if (Lower < number.Min || Upper > number.Max || number.Integer)
        {
            throw new ArgumentException($"parameter '{Key}': bounds [{Lower}, {Upper}] must be a real interval inside the schema's {number.Allowed}");
        }
    }
}
