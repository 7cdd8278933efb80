namespace Sim.Calibration.Observed;

/// <summary>Net inter-regional migration of a region in a calendar year (<c>internal_migration.csv</c>).</summary>
/// <param name="Region">Region code.</param>
/// <param name="Year">Calendar year.</param>
/// <param name="NetMigration">Arrivals from other regions minus departures to them, persons; null where only the sign is published.</param>
/// <param name="Sign">+1 for a net gain, −1 for a net loss.</param>
/// <param name="Source">Where the figure comes from.</param>
public sealed record InternalMigrationObservation(string Region, int Year, long? NetMigration, int Sign, string Source);
