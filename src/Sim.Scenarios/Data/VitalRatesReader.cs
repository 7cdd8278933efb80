using Sim.Model.Regions;

namespace Sim.Scenarios;

/// <summary>Reads the vital-rates CSV (columns as in <c>scenarios/data/vital_rates.csv</c>).</summary>
public static class VitalRatesReader
{
    /// <summary>Reads the file; throws <see cref="CsvFormatException"/> naming the file and line of a bad row.</summary>
    public static VitalRates Read(string path)
    {
        return new VitalRates(CsvFile.Read(path).Select(row => new VitalRateYear(
            (int)row.Number("year"),
            row.NumberOrNull("tfr"),
            row.NumberOrNull("crude_birth_rate_per_1000"),
            row.NumberOrNull("crude_death_rate_per_1000"),
            row.NumberOrNull("births"),
            row.NumberOrNull("deaths"))).ToList());
    }
}
