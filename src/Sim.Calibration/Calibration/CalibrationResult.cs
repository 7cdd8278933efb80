namespace Sim.Calibration.Calibration;

/// <summary>The outcome of a calibration.</summary>
/// <param name="Parameters">The parameters fitted.</param>
/// <param name="Initial">Their values in the scenario.</param>
/// <param name="Best">The best values found.</param>
/// <param name="InitialObjective">Objective of the scenario's values.</param>
/// <param name="BestObjective">Objective of the best values.</param>
/// <param name="BestTerms">Terms of the objective at the best values (first seed).</param>
/// <param name="Evaluations">Objective evaluations performed.</param>
/// <param name="Converged">Whether the simplex converged before the evaluation budget ran out.</param>
public sealed record CalibrationResult(
    IReadOnlyList<CalibrationParameter> Parameters,
    IReadOnlyList<double> Initial,
    IReadOnlyList<double> Best,
    double InitialObjective,
    double BestObjective,
    IReadOnlyList<ObjectiveTerm> BestTerms,
    int Evaluations,
    bool Converged)
{
    /// <summary>The best values by key.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> BestByKey =>
        Parameters.Select((p, i) => new KeyValuePair<string, double>(p.Key, Best[i])).ToList();
}
