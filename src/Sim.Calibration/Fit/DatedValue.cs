namespace Sim.Calibration.Fit;

/// <summary>A value at a date (points of the report's charts).</summary>
/// <param name="Date">The date (a step end is the first day of the next month).</param>
/// <param name="Value">The value.</param>
public readonly record struct DatedValue(DateOnly Date, double Value);
