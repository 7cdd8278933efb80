namespace Sim.Calibration.Fit;

/// <summary>A regional value observed and simulated (rows of the report's regional tables).</summary>
/// <param name="Region">Region code.</param>
/// <param name="Observed">Observed value; null where only a sign is known.</param>
/// <param name="ObservedSign">Observed sign (+1, −1) where the comparison is on signs, else 0.</param>
/// <param name="Simulated">Simulated value.</param>
public sealed record RegionValue(string Region, double? Observed, int ObservedSign, double Simulated);
