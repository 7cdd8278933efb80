namespace Sim.Calibration.Observed;

/// <summary>Residents of a region on a day (<c>population.csv</c>).</summary>
/// <param name="Region">Region code.</param>
/// <param name="Date">The day the stock refers to (start of day).</param>
/// <param name="Persons">Residents, persons.</param>
/// <param name="Source">Where the figure comes from.</param>
public sealed record PopulationObservation(string Region, DateOnly Date, long Persons, string Source);
