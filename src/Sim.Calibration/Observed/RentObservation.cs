namespace Sim.Calibration.Observed;

/// <summary>A reported change of rents between two dates (<c>rents.csv</c>).</summary>
/// <param name="Region">Region code, or <see cref="ObservedData.National"/>.</param>
/// <param name="Date">The later date.</param>
/// <param name="MonthIndex">Whether the dates stand for whole months (a monthly index) rather than days.</param>
/// <param name="BaseDate">The date compared with.</param>
/// <param name="ChangePercent">Rent on <paramref name="Date"/> against <paramref name="BaseDate"/>, percent.</param>
/// <param name="Source">Where the figure comes from.</param>
public sealed record RentObservation(string Region, DateOnly Date, bool MonthIndex, DateOnly BaseDate, double ChangePercent, string Source);
