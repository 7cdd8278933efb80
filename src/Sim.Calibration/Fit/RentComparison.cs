using Sim.Calibration.Observed;

namespace Sim.Calibration.Fit;

/// <summary>Compares reported rent changes with the change of the simulated rent index between the same dates.</summary>
internal static class RentComparison
{
    public static void Compare(RegionMonthTable table, ObservedData observed, FitTolerances tol,
        List<FitComparison> comparisons, List<FitSeries> series, List<string> skipped)
    {
        var shockRegions = new List<RentObservation>();
        foreach (var o in observed.Rents)
        {
            var at = MomentOf(table, o.Date, o.MonthIndex);
            var baseAt = MomentOf(table, o.BaseDate, o.MonthIndex);
            if (!DateMapping.Inside(table, at) || !DateMapping.Inside(table, baseAt))
            {
                skipped.Add($"rents {o.Region} {FitEvaluator.Day(o.Date)} vs {FitEvaluator.Day(o.BaseDate)} ({o.ChangePercent:0.#}%): a date is outside the run");
                continue;
            }

            var change = (Index(table, o.Region, at) / Index(table, o.Region, baseAt) * 100) - 100;
            var target = !o.MonthIndex && o.Region != ObservedData.National;
            if (target)
            {
                shockRegions.Add(o);
            }

            comparisons.Add(new FitComparison($"rent_{o.Region}_{FitEvaluator.Day(o.Date)}_vs_{FitEvaluator.Day(o.BaseDate)}",
                $"Rent change {o.Region}, {FitEvaluator.Day(o.Date)} vs {FitEvaluator.Day(o.BaseDate)}{(o.MonthIndex ? " (monthly index)" : string.Empty)}",
                "% points", o.ChangePercent, change, target ? FitCheck.WithinDifference : FitCheck.None, tol.RentPoints,
                $"rent_index {(o.Region == ObservedData.National ? "weighted by residents" : "of the region")}: {FitEvaluator.Describe(table, at)} over {FitEvaluator.Describe(table, baseAt)}"));
        }

        AddSeries(table, observed, shockRegions, series);
    }

    private static void AddSeries(RegionMonthTable table, ObservedData observed, List<RentObservation> shockRows, List<FitSeries> series)
    {
        if (shockRows.Count == 0)
        {
            return;
        }

        var baseDate = shockRows[0].BaseDate;
        var baseMoment = DateMapping.StartOfDay(table, baseDate);
        var regions = shockRows.Select(o => o.Region)
            .Concat(observed.Rents.Where(o => o.Region == ObservedData.National && o.BaseDate == baseDate && !o.MonthIndex).Select(o => o.Region))
            .Distinct().ToList();
        var simulated = new Dictionary<string, IReadOnlyList<DatedValue>>();
        var reported = new Dictionary<string, IReadOnlyList<DatedValue>>();
        foreach (var region in regions)
        {
            var baseIndex = Index(table, region, baseMoment);
            simulated["simulated " + region] = RussianComparison.YearLine(table, baseDate.Year, m => Index(table, region, m) / baseIndex * 100);
            reported["reported " + region] = observed.Rents
                .Where(o => o.Region == region && o.BaseDate == baseDate && !o.MonthIndex)
                .SelectMany(o => new[] { new DatedValue(o.BaseDate, 100), new DatedValue(o.Date, 100 + o.ChangePercent) })
                .Distinct().ToList();
        }

        series.Add(new FitSeries("rents", $"Rent index, {FitEvaluator.Day(baseDate)} = 100", "index", simulated, reported));
    }

    private static Moment MomentOf(RegionMonthTable table, DateOnly date, bool monthIndex) =>
        monthIndex ? DateMapping.MiddleOfMonth(table, date) : DateMapping.StartOfDay(table, date);

    private static double Index(RegionMonthTable table, string region, Moment moment) =>
        region == ObservedData.National
            ? DateMapping.NationalRentIndex(table, moment)
            : DateMapping.RentIndex(table, moment, table.RegionIndex(region));
}
