namespace Sim.Model.Regions;

/// <summary>The regions CSV: one row per region.</summary>
public sealed class RegionTable
{
    private RegionTable(IReadOnlyList<Region> regions) => Regions = regions;

    /// <summary>The regions in file order (their index is their position).</summary>
    public IReadOnlyList<Region> Regions { get; }

    /// <summary>Reads the regions CSV (columns as in <c>scenarios/data/regions.csv</c>).</summary>
    public static RegionTable Load(string path)
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
