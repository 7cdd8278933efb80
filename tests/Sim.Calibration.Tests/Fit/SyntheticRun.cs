using Sim.Calibration.Fit;

namespace Sim.Calibration.Tests.Fit;

/// <summary>
/// A hand-made region_month table, 2022-01 to 2023-04 (steps 0..15), regions AAA and BBB, weight 1:
/// AAA population_start 1000 + 10s, end 1000 + 10(s + 1); BBB start 2000 − 5s, end 2000 − 5(s + 1).
/// Births 3 (AAA) and 2 (BBB), deaths 1 and 1 a month. Moves: AAA in 5 out 1, BBB in 0 out 2 a month.
/// Russians present (AAA only): 10 until the end of August (step 7), then 110 (Sep), 160 (Oct), 130 (Nov), 90 later.
/// Russian arrivals 200 in September, 62 in October, 30 in November; departures 100, 31, 60.
/// Rent index of AAA: 1 until step 7, 1.1 (Sep), 1.2 (Oct), 1.5 (Nov), 1.5 later; BBB constant 1.
/// </summary>
internal static class SyntheticRun
{
    public static readonly string[] Codes = ["AAA", "BBB"];

    public static RegionMonthTable Table(int months = 16) => RegionMonthTable.FromRows(Rows(months), Codes);

    public static IEnumerable<RegionMonthRow> Rows(int months = 16)
    {
        for (var s = 0; s < months; s++)
        {
            var date = new DateOnly(2022, 1, 1).AddMonths(s);
            long russians = s switch { < 8 => 10, 8 => 110, 9 => 160, 10 => 130, _ => 90 };
            long arrivals = s switch { 8 => 200, 9 => 62, 10 => 30, _ => 0 };
            long departures = s switch { 8 => 100, 9 => 31, 10 => 60, _ => 0 };
            var rent = s switch { < 8 => 1.0, 8 => 1.1, 9 => 1.2, _ => 1.5 };
            yield return new RegionMonthRow(date.Year, date.Month, 0, 1, 1000 + (10 * s), 1000 + (10 * (s + 1)), 3, 1, 5, 1,
                russians, rent, russians + 5, 3, 1, arrivals, departures);
            yield return new RegionMonthRow(date.Year, date.Month, 1, 1, 2000 - (5 * s), 2000 - (5 * (s + 1)), 2, 1, 0, 2,
                0, 1, 4, 2, 0, 0, 0);
        }
    }
}
