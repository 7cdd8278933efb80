namespace Sim.Model.Regions;

/// <summary>One observed year of national vital rates.</summary>
/// <param name="Year">Calendar year.</param>
/// <param name="Tfr">Total fertility rate.</param>
/// <param name="CrudeBirthRatePer1000">Births per 1000 persons.</param>
/// <param name="CrudeDeathRatePer1000">Deaths per 1000 persons.</param>
/// <param name="Births">Births, persons.</param>
/// <param name="Deaths">Deaths, persons.</param>
public sealed record VitalRateYear(int Year, double? Tfr, double? CrudeBirthRatePer1000, double? CrudeDeathRatePer1000, double? Births, double? Deaths);
