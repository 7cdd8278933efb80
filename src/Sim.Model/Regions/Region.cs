namespace Sim.Model.Regions;

/// <summary>One of the 20 regions (BNS data from the regions CSV).</summary>
/// <param name="Index">Position in the region table (0..19); the region's id in the engine.</param>
/// <param name="Code">Three-letter code, e.g. <c>AST</c>.</param>
/// <param name="Name">Name.</param>
/// <param name="Capital">Administrative centre.</param>
/// <param name="Latitude">Latitude of the centre, degrees.</param>
/// <param name="Longitude">Longitude of the centre, degrees.</param>
/// <param name="Population2022">Population on 1 Jan 2022, persons.</param>
/// <param name="Population2023">Population on 1 Jan 2023, persons.</param>
/// <param name="UnemploymentRate">Unemployment 2022 as a ratio (0..1).</param>
/// <param name="AverageWageKzt">Average monthly nominal wage 2022, KZT.</param>
/// <param name="UrbanShare">Urban share (0..1), null where not observed.</param>
/// <param name="Borders">Neighbouring states (RU, CN, KG, UZ, TM).</param>
public sealed record Region(
    int Index,
    string Code,
    string Name,
    string Capital,
    double Latitude,
    double Longitude,
    double Population2022,
    double Population2023,
    double UnemploymentRate,
    double AverageWageKzt,
    double? UrbanShare,
    IReadOnlyList<string> Borders)
{
    /// <summary>
    /// Population on the first day of <paramref name="month"/>: linear in months through the 1 Jan 2022 and
    /// 1 Jan 2023 observations (extrapolated outside them), persons.
    /// </summary>
    public double PopulationAt(YearMonth month)
    {
        var monthsFrom2022 = month.MonthsSince(new YearMonth(2022, 1));
        return Population2022 + ((Population2023 - Population2022) * monthsFrom2022 / 12.0);
    }
}
