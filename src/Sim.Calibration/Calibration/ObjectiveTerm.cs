namespace Sim.Calibration.Calibration;

/// <summary>One summand of the calibration objective.</summary>
/// <param name="Name">What it measures.</param>
/// <param name="Value">Its contribution (a squared error in units of its tolerance, times its weight).</param>
public sealed record ObjectiveTerm(string Name, double Value);
