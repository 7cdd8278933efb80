using Sim.Model.Regions;

namespace Sim.Scenarios;

/// <summary>Reads the vital-rates CSV (columns as in <c>scenarios/data/vital_rates.csv</c>).</summary>
public static class VitalRatesReader
{
    /// <summary>Reads the file; throws <see cref="FormatException"/> naming the file and line of a bad row.</summary>
    public static VitalRates Read(string path)
    {
        var csv = CsvTable.Load(path);
        return new VitalRates(csv.Rows.Select(row => new VitalRateYear(
            (int)csv.Number(row, "year"),
            csv.NumberOrNull(row, "tfr"),
            csv.NumberOrNull(row, "crude_birth_rate_per_1000"),
            csv.NumberOrNull(row, "crude_death_rate_per_1000"),
            csv.NumberOrNull(row, "births"),
            csv.NumberOrNull(row, "deaths"))).ToList());
    }
}
