namespace Sim.Calibration.Fit;

/// <summary>
/// A point in simulated time: a monthly step and how far through it (0 = the first day of the month at
/// 00:00, i.e. the end of the previous step; 1 = the end of the step). See <see cref="DateMapping"/>.
/// </summary>
/// <param name="Step">Step index, 0 = the run's first month.</param>
/// <param name="Fraction">Position inside the step, 0..1.</param>
public readonly record struct Moment(int Step, double Fraction);
