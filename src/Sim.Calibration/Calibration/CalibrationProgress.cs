namespace Sim.Calibration.Calibration;

/// <summary>One evaluated candidate, reported as the calibration goes.</summary>
/// <param name="Evaluation">1-based number of the evaluation.</param>
/// <param name="Objective">The candidate's objective.</param>
/// <param name="Best">The best objective so far.</param>
/// <param name="Values">The candidate's parameter values, in parameter order.</param>
/// <param name="Seconds">Time the evaluation took.</param>
public sealed record CalibrationProgress(int Evaluation, double Objective, double Best, IReadOnlyList<double> Values, double Seconds);
