namespace Sim.Calibration.Observed;

/// <summary>A reported count of Russian citizens after the 21 Sep 2022 mobilisation announcement (<c>russians.csv</c>).</summary>
/// <param name="Date">The day reported (for a late-month statement, the last day of the month).</param>
/// <param name="LateMonth">Whether the statement only said "late in the month" (compared with the month's end).</param>
/// <param name="Measure">What the figure counts.</param>
/// <param name="Persons">Persons.</param>
/// <param name="Source">Where the figure comes from.</param>
public sealed record RussianObservation(DateOnly Date, bool LateMonth, RussianMeasure Measure, long Persons, string Source);
