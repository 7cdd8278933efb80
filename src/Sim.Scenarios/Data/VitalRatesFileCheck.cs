using System.Globalization;
using Sim.Model;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>
/// Checks the vital-rates file (<c>population.vital_rates</c>) as <see cref="VitalRatesReader"/> will read it:
/// every column it reads present, years whole, unique and plausible, rates and counts in range (empty = not published).
/// </summary>
internal static class VitalRatesFileCheck
{
    private static readonly string[] Columns = ["year", "tfr", "crude_birth_rate_per_1000", "crude_death_rate_per_1000", "births", "deaths"];

    private static readonly CsvNumberRule Year = new(1950, ModelPeriod.Last.Year, $"a whole year from 1950 to {ModelPeriod.Last.Year}", Whole: true);
    private static readonly CsvNumberRule Tfr = new(0, 10, "0 to 10 (children per woman), or empty", Optional: true);
    private static readonly CsvNumberRule RatePer1000 = new(0, 100, "0 to 100 (per 1,000 persons a year), or empty", Optional: true);
    private static readonly CsvNumberRule Count = new(0, 10_000_000, "a whole number of persons from 0 to 10,000,000, or empty", Whole: true, Optional: true);

    /// <summary>Adds every problem of the file to <paramref name="errors"/>.</summary>
    public static void Check(string fullPath, List<ScenarioError> errors)
    {
        var table = CsvFieldChecker.Open(fullPath, Columns, errors);
        if (table is null)
        {
            return;
        }

        var years = new HashSet<double>();
        foreach (var row in table.Rows)
        {
            if (table.Number(row, "year", Year) is { } year && !years.Add(year))
            {
                table.Error(row, "year", row.Text("year"), "each year once", string.Create(CultureInfo.InvariantCulture, $"year {year} appears twice"));
            }

            table.Number(row, "tfr", Tfr);
            table.Number(row, "crude_birth_rate_per_1000", RatePer1000);
            table.Number(row, "crude_death_rate_per_1000", RatePer1000);
            table.Number(row, "births", Count);
            table.Number(row, "deaths", Count);
        }
    }
}
