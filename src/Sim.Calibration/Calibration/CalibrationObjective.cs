using Sim.Calibration.Fit;

namespace Sim.Calibration.Calibration;

/// <summary>
/// The calibration objective: a sum of squared errors, each in units of its target's tolerance, so a term of 1
/// sits on the pass boundary. Targets: ARD (ARD/tol)², births and deaths (rel/tol)², Russians remaining
/// (rel/tol)², regional rent rises (diff/tol)². Net internal migration enters region by region: where the value is
/// observed ((sim − obs)/max(|obs|, scale))², where only the sign is, a hinge (max(0, margin − sign·sim)/scale)² that
/// asks for the observed sign with a margin. Informational rent and Russian comparisons weigh half. The estimated
/// volume of moves between regions enters as (rel/0.2)²: without it, fewer moves would always look better for the
/// signs.
/// Comparisons the calibrated parameters cannot move (national births and deaths: the demography process scales
/// them to the observed TFR and crude death rate) are left out by default: they would only add sampling noise.
/// </summary>
public sealed class CalibrationObjective
{
    /// <summary>Persons that count as one unit of migration error.</summary>
    public double MigrationScalePersons { get; init; } = 5_000;

    /// <summary>Margin of the sign hinge, persons.</summary>
    public double SignMarginPersons { get; init; } = 1_000;

    /// <summary>Relative error of the yearly moves between regions that counts as one unit (the estimate's range is ±6.7%).</summary>
    public double MovesRelative { get; init; } = 0.2;

    /// <summary>Weight of informational rent and Russian comparisons.</summary>
    public double InformationWeight { get; init; } = 0.5;

    /// <summary>Id prefixes of comparisons left out of the objective.</summary>
    public IReadOnlyList<string> Excluded { get; init; } = ["births_", "deaths_"];

    /// <summary>The tolerances the errors are measured in.</summary>
    public FitTolerances Tolerances { get; init; } = FitTolerances.Targets;

    /// <summary>The terms of a fit.</summary>
    public IReadOnlyList<ObjectiveTerm> Terms(FitResult fit)
    {
        var terms = new List<ObjectiveTerm>();
        foreach (var c in fit.Comparisons)
        {
            if (Excluded.Any(prefix => c.Id.StartsWith(prefix, StringComparison.Ordinal)))
            {
                continue;
            }

            var value = c.Check switch
            {
                FitCheck.AtMost => Square(c.Simulated / c.Tolerance),
                FitCheck.WithinRelative or FitCheck.WithinDifference => Square(Normalised(c)),
                FitCheck.None when c.Id.StartsWith("rent_", StringComparison.Ordinal) =>
                    InformationWeight * Square((c.Simulated - c.Observed) / Tolerances.RentPoints),
                FitCheck.None when c.Id.StartsWith("internal_moves_", StringComparison.Ordinal) =>
                    Square(FitMetrics.RelativeError(c.Simulated, c.Observed) / MovesRelative),
                FitCheck.None when c.Id.StartsWith("russians_", StringComparison.Ordinal) =>
                    InformationWeight * Square(FitMetrics.RelativeError(c.Simulated, c.Observed) / Tolerances.RussiansRemainingRelative),
                _ => double.NaN,
            };
            if (!double.IsNaN(value))
            {
                terms.Add(new ObjectiveTerm(c.Id, value));
            }
        }

        foreach (var table in fit.Regional.Where(t => t.Rows.Any(r => r.ObservedSign != 0)))
        {
            var sum = 0.0;
            foreach (var r in table.Rows)
            {
                sum += r.Observed is { } observed
                    ? Square((r.Simulated - observed) / Math.Max(Math.Abs(observed), MigrationScalePersons))
                    : Square(Math.Max(0, SignMarginPersons - (r.ObservedSign * r.Simulated)) / MigrationScalePersons);
            }

            terms.Add(new ObjectiveTerm("net_migration_by_region", sum));
        }

        return terms;
    }

    /// <summary>The objective of a fit: the sum of its terms.</summary>
    public double Value(FitResult fit) => Terms(fit).Sum(t => t.Value);

    private static double Normalised(FitComparison c) => c.Error / c.Tolerance;

    private static double Square(double x) => x * x;
}
