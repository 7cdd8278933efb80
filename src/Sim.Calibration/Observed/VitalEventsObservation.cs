namespace Sim.Calibration.Observed;

/// <summary>National births and deaths of a calendar year (<c>vital_events.csv</c>).</summary>
/// <param name="Year">Calendar year.</param>
/// <param name="Births">Live births, persons.</param>
/// <param name="Deaths">Deaths, persons.</param>
/// <param name="Source">Where the figures come from.</param>
public sealed record VitalEventsObservation(int Year, long Births, long Deaths, string Source);
