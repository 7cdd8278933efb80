using Sim.Model.Regions;

namespace Sim.Scenarios;

/// <summary>Reads the regions CSV (columns as in <c>scenarios/data/regions.csv</c>).</summary>
public static class RegionTableReader
{
    /// <summary>Reads the file; throws <see cref="CsvFormatException"/> naming the file and line of a bad row.</summary>
    public static RegionTable Read(string path)
    {
        var regions = CsvFile.Read(path).Select((row, i) => new Region(
            i,
            row.Text("code"),
            row.Text("name"),
            row.Text("capital"),
            row.Number("lat"),
            row.Number("lon"),
            row.Number("pop_2022_01_01"),
            row.Number("pop_2023_01_01"),
            row.Number("unemployment_2022_pct") / 100.0,
            row.Number("avg_wage_2022_kzt"),
            row.NumberOrNull("urban_share_2023_pct") / 100.0,
            row.Text("borders").Split(';', StringSplitOptions.RemoveEmptyEntries))).ToList();
        if (regions.Count == 0 || regions.Count > 250)
        {
            throw new CsvFormatException(path, 0, null, $"expected between 1 and 250 regions, found {regions.Count}");
        }

        return new RegionTable(regions);
    }
}
