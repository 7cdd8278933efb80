namespace Sim.Calibration.Observed;

/// <summary>Everything a run is compared with, as loaded from a folder such as <c>scenarios/observed</c>.</summary>
/// <param name="Directory">The folder the files were read from.</param>
/// <param name="Population">Regional populations on given days.</param>
/// <param name="VitalEvents">National births and deaths by year.</param>
/// <param name="InternalMigration">Net inter-regional migration by region and year.</param>
/// <param name="InternalMoves">Estimated moves between regions by year.</param>
/// <param name="Russians">Counts of Russian citizens after the 2022 mobilisation announcement.</param>
/// <param name="Rents">Reported rent changes.</param>
public sealed record ObservedData(
    string Directory,
    IReadOnlyList<PopulationObservation> Population,
    IReadOnlyList<VitalEventsObservation> VitalEvents,
    IReadOnlyList<InternalMigrationObservation> InternalMigration,
    IReadOnlyList<InternalMovesObservation> InternalMoves,
    IReadOnlyList<RussianObservation> Russians,
    IReadOnlyList<RentObservation> Rents)
{
    /// <summary>The region code that stands for the whole country in <c>rents.csv</c>.</summary>
    public const string National = "national";

    /// <summary>The day the mobilisation was announced (the origin of the cumulative Russian counts).</summary>
    public static DateOnly MobilisationAnnounced { get; } = new(2022, 9, 21);

    /// <summary>Loads the observed-data folder; see <see cref="ObservedDataLoader.Load"/>.</summary>
    public static ObservedData Load(string directory) => ObservedDataLoader.Load(directory);
}
