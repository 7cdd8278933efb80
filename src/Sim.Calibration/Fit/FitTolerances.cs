namespace Sim.Calibration.Fit;

/// <summary>The pass bounds of the backtest targets (defaults: the targets).</summary>
/// <param name="PopulationArd">Largest ARD of regional populations on each observed date after the start.</param>
/// <param name="VitalEventsRelative">Largest relative error of national births and of deaths in a year.</param>
/// <param name="SignShare">Smallest share of regions whose net internal migration has the observed sign (18 of 20 = 0.9).</param>
/// <param name="RussiansRemainingRelative">Largest relative error of the Russians remaining after the shock.</param>
/// <param name="RentPoints">Largest error of a regional rent rise over the shock, percentage points.</param>
public sealed record FitTolerances(
    double PopulationArd = 0.005,
    double VitalEventsRelative = 0.02,
    double SignShare = 0.9,
    double RussiansRemainingRelative = 0.30,
    double RentPoints = 10)
{
    /// <summary>The targets.</summary>
    public static FitTolerances Targets { get; } = new();
}
