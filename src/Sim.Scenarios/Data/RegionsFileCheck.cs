using System.Globalization;
using Sim.Model;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>
/// Checks the regions file (<c>population.regions</c>) as <see cref="RegionTableReader"/> will read it: every column
/// it reads present, codes unique, coordinates inside Kazakhstan, populations whole and plausible, percentages in
/// 0..100, borders naming neighbouring states.
/// </summary>
internal static class RegionsFileCheck
{
    /// <summary>More persons than any region (or the country) has, by far: a typo or a unit slip.</summary>
    public const double MaxRegionPersons = 25_000_000;

    /// <summary>Twice the country's population.</summary>
    public const double MaxTotalPersons = 40_000_000;

    private static readonly string[] Columns =
    [
        "code", "name", "capital", "lat", "lon", "pop_2022_01_01", "pop_2023_01_01", "unemployment_2022_pct",
        "avg_wage_2022_kzt", "urban_share_2023_pct", "borders",
    ];

    private static readonly string[] Neighbours = ["CN", "KG", "RU", "TM", "UZ"];

    private static readonly CsvNumberRule Latitude = new(40, 56, "40 to 56 (degrees north, inside Kazakhstan)");
    private static readonly CsvNumberRule Longitude = new(46, 88, "46 to 88 (degrees east, inside Kazakhstan)");
    private static readonly CsvNumberRule Persons = new(1, MaxRegionPersons, "a whole number of persons from 1 to 25,000,000", Whole: true);
    private static readonly CsvNumberRule Percent = new(0, 100, "0 to 100 (%)");
    private static readonly CsvNumberRule OptionalPercent = new(0, 100, "0 to 100 (%), or empty when not published", Optional: true);
    private static readonly CsvNumberRule Wage = new(1, 100_000_000, "1 to 100,000,000 (KZT a month)");

    /// <summary>Adds every problem of the file to <paramref name="errors"/>; returns its region codes when it could be read.</summary>
    public static HashSet<string>? Check(string fullPath, List<ScenarioError> errors)
    {
        var table = CsvFieldChecker.Open(fullPath, Columns, errors);
        if (table is null)
        {
            return null;
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        var totals = new double[2];
        foreach (var row in table.Rows)
        {
            CheckCode(table, row, codes);
            table.Text(row, "name", "the region's name");
            table.Text(row, "capital", "the name of the region's capital");
            table.Number(row, "lat", Latitude);
            table.Number(row, "lon", Longitude);
            totals[0] += table.Number(row, "pop_2022_01_01", Persons) ?? 0;
            totals[1] += table.Number(row, "pop_2023_01_01", Persons) ?? 0;
            table.Number(row, "unemployment_2022_pct", Percent);
            table.Number(row, "avg_wage_2022_kzt", Wage);
            table.Number(row, "urban_share_2023_pct", OptionalPercent);
            CheckBorders(table, row);
        }

        if (table.Rows.Count is 0 or > 250)
        {
            table.FileError(table.Rows.Count.ToString(CultureInfo.InvariantCulture), "1 to 250 regions",
                $"the file holds {table.Rows.Count} regions; allowed 1 to 250");
        }

        foreach (var (total, column) in totals.Zip(["pop_2022_01_01", "pop_2023_01_01"]))
        {
            if (total > MaxTotalPersons)
            {
                table.FileError(total.ToString("N0", CultureInfo.InvariantCulture), "at most 40,000,000 persons in all regions",
                    string.Create(CultureInfo.InvariantCulture, $"the regions' {column} add up to {total:N0} persons; allowed at most {MaxTotalPersons:N0} (twice the country)"));
            }
        }

        return codes;
    }

    private static void CheckCode(CsvFieldChecker table, CsvRow row, HashSet<string> codes)
    {
        const string allowed = "2 to 4 capital letters, unique in the file";
        var code = table.Text(row, "code", allowed);
        if (code is null)
        {
            return;
        }

        if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiLetterUpper))
        {
            table.Error(row, "code", code, allowed, $"'{code}' is not a region code; allowed {allowed}");
        }
        else if (!codes.Add(code))
        {
            table.Error(row, "code", code, allowed, $"region code '{code}' appears twice");
        }
    }

    private static void CheckBorders(CsvFieldChecker table, CsvRow row)
    {
        var allowed = "neighbouring states separated by ';' (" + string.Join(", ", Neighbours) + "), or empty";
        foreach (var state in row.Text("borders").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Neighbours.Contains(state, StringComparer.Ordinal))
            {
                table.Error(row, "borders", state, allowed, $"'{state}' is not a neighbouring state; allowed {allowed}");
            }
        }
    }
}
