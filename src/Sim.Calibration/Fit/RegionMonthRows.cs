using Sim.Model.Engine;

namespace Sim.Calibration.Fit;

/// <summary>Conversions from the model's in-process indicators to the rows the fit reads.</summary>
public static class RegionMonthRows
{
    /// <summary>The fit's view of one model row.</summary>
    public static RegionMonthRow From(in RegionMonthIndicators r) => new(
        r.Year, r.Month, r.RegionIndex, r.Weight, r.PopulationStart, r.PopulationEnd, r.Births, r.Deaths,
        r.MovesIn, r.MovesOut, r.RussiansPresent, r.RentIndex, r.Foreigners, r.PermanentResidents, r.Refugees, r.ArrivalsRussians, r.DeparturesRussians);

    /// <summary>A table of every region row of the months simulated in process.</summary>
    public static RegionMonthTable Table(IEnumerable<MonthOutcome> months, IReadOnlyList<string> regionCodes) =>
        RegionMonthTable.FromRows(months.SelectMany(m => m.Regions.Select(r => From(r))), regionCodes);
}
