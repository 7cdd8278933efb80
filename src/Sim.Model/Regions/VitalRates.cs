namespace Sim.Model.Regions;

/// <summary>Observed national vital rates by year (BNS), from the vital-rates CSV.</summary>
public sealed class VitalRates
{
    private VitalRates(IReadOnlyList<VitalRateYear> years) => Years = years;

    /// <summary>The observed years in file order.</summary>
    public IReadOnlyList<VitalRateYear> Years { get; }

    /// <summary>Reads the vital-rates CSV.</summary>
    public static VitalRates Load(string path)
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
