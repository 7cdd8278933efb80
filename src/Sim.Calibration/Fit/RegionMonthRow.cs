namespace Sim.Calibration.Fit;

/// <summary>
/// The columns of one <c>region_month</c> row the fit reads. Counts are agent counts; multiply by
/// <see cref="Weight"/> for persons.
/// </summary>
/// <param name="Year">Calendar year of the step.</param>
/// <param name="Month">Month of the year, 1..12.</param>
/// <param name="RegionIndex">Region index (position in the regions CSV).</param>
/// <param name="Weight">Persons per agent.</param>
/// <param name="PopulationStart">Residents at the start of the month, agents.</param>
/// <param name="PopulationEnd">Residents at the end of the month, agents.</param>
/// <param name="Births">Births in the month, agents.</param>
/// <param name="Deaths">Deaths in the month, agents.</param>
/// <param name="MovesIn">Moves in from other regions, agents.</param>
/// <param name="MovesOut">Moves out to other regions, agents.</param>
/// <param name="RussiansPresent">Russian citizens present at the end of the month, agents.</param>
/// <param name="RentIndex">Rent index at the end of the month (start month = 1).</param>
/// <param name="Foreigners">Non-citizens present at the end of the month (all statuses), agents.</param>
/// <param name="PermanentResidents">Foreign permanent residents at the end of the month, agents.</param>
/// <param name="Refugees">Recognised refugees at the end of the month, agents.</param>
/// <param name="ArrivalsRussians">Arrivals of Russian citizens in the month, agents.</param>
/// <param name="DeparturesRussians">Departures of Russian citizens abroad in the month, agents.</param>
public readonly record struct RegionMonthRow(
    int Year,
    int Month,
    int RegionIndex,
    double Weight,
    long PopulationStart,
    long PopulationEnd,
    long Births,
    long Deaths,
    long MovesIn,
    long MovesOut,
    long RussiansPresent,
    double RentIndex,
    long Foreigners,
    long PermanentResidents,
    long Refugees,
    long ArrivalsRussians,
    long DeparturesRussians)
{
    /// <summary>Foreigners present without permanent residence or refugee status (transit, visa-free, permits, irregular), agents.</summary>
    public long TemporaryForeigners => Foreigners - PermanentResidents - Refugees;
}
