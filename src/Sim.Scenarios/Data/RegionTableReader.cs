using Sim.Model.Regions;

namespace Sim.Scenarios;

/// <summary>Reads the regions CSV (columns as in <c>scenarios/data/regions.csv</c>).</summary>
public static class RegionTableReader
{
    /// <summary>Reads the file; throws <see cref="FormatException"/> naming the file and line of a bad row.</summary>
    public static RegionTable Read(string path)
    {
        var csv = CsvTable.Load(path);
        var regions = csv.Rows.Select((row, i) => new Region(
            i,
            csv.Text(row, "code"),
            csv.Text(row, "name"),
            csv.Text(row, "capital"),
            csv.Number(row, "lat"),
            csv.Number(row, "lon"),
            csv.Number(row, "pop_2022_01_01"),
            csv.Number(row, "pop_2023_01_01"),
            csv.Number(row, "unemployment_2022_pct") / 100.0,
            csv.Number(row, "avg_wage_2022_kzt"),
            csv.NumberOrNull(row, "urban_share_2023_pct") / 100.0,
            csv.Text(row, "borders").Split(';', StringSplitOptions.RemoveEmptyEntries))).ToList();
        if (regions.Count == 0 || regions.Count > 250)
        {
            throw new FormatException($"{path}: expected between 1 and 250 regions, found {regions.Count}");
        }

        return new RegionTable(regions);
    }
}
