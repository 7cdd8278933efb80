using Sim.Calibration.Observed;

namespace Sim.Calibration.Fit;

/// <summary>
/// Compares the Russian citizens who came after the mobilisation announcement. region_month counts Russians
/// present, not who came when, so the simulated "remaining since the shock" is the excess of Russians present
/// over their level at the end of the month before the announcement (end of August 2022).
/// </summary>
internal static class RussianComparison
{
    private const string Excess = "Russian citizens present minus those present at the end of the month before 21 Sep 2022";

    public static void Compare(RegionMonthTable table, ObservedData observed, FitTolerances tol,
        List<FitComparison> comparisons, List<FitSeries> series, List<string> skipped)
    {
        if (observed.Russians.Count == 0)
        {
            return;
        }

        var shock = ObservedData.MobilisationAnnounced;
        var baseMoment = DateMapping.StartOfDay(table, new DateOnly(shock.Year, shock.Month, 1));
        if (baseMoment.Step < 1 || !DateMapping.Inside(table, baseMoment))
        {
            skipped.Add($"Russian counts after {FitEvaluator.Day(shock)}: the run must start before and cover {shock:yyyy-MM}");
            return;
        }

        var baseline = DateMapping.RussiansPresent(table, baseMoment);
        var observedPoints = new Dictionary<string, IReadOnlyList<DatedValue>>();
        var remaining = new List<DatedValue>();
        var net = new List<DatedValue>();
        foreach (var group in observed.Russians.GroupBy(r => r.Date).OrderBy(g => g.Key))
        {
            var first = group.First();
            var moment = first.LateMonth ? DateMapping.EndOfMonth(table, group.Key) : DateMapping.StartOfDay(table, group.Key);
            if (!DateMapping.Inside(table, moment))
            {
                skipped.Add($"Russian counts on {FitEvaluator.Day(group.Key)}: outside the run");
                continue;
            }

            var simulated = DateMapping.RussiansPresent(table, moment) - baseline;
            var mapping = $"{Excess}; {FitEvaluator.Describe(table, moment)}";
            var byMeasure = group.ToDictionary(r => r.Measure);
            if (byMeasure.TryGetValue(RussianMeasure.Remaining, out var rem))
            {
                comparisons.Add(new FitComparison($"russians_remaining_{FitEvaluator.Day(group.Key)}",
                    $"Russians remaining since 21 Sep 2022, {(rem.LateMonth ? "late " + group.Key.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture) : FitEvaluator.Day(group.Key))}",
                    "persons", rem.Persons, simulated, FitCheck.WithinRelative, tol.RussiansRemainingRelative, mapping));
                remaining.Add(new DatedValue(group.Key, rem.Persons));
            }

            if (byMeasure.TryGetValue(RussianMeasure.EnteredSinceShock, out var entered)
                && byMeasure.TryGetValue(RussianMeasure.ExitedSinceShock, out var exited))
            {
                var value = entered.Persons - exited.Persons;
                comparisons.Add(new FitComparison($"russians_net_{FitEvaluator.Day(group.Key)}",
                    $"Russians entered minus left since 21 Sep 2022, {FitEvaluator.Day(group.Key)} ({entered.Persons:N0} − {exited.Persons:N0})",
                    "persons", value, simulated, FitCheck.None, 0, mapping));
                net.Add(new DatedValue(group.Key, value));
            }
            else
            {
                foreach (var r in group.Where(r => r.Measure != RussianMeasure.Remaining))
                {
                    skipped.Add($"Russians {r.Measure} {r.Persons:N0} on {FitEvaluator.Day(r.Date)}: region_month has no entries or exits by citizenship "
                        + "and the count has no matching exit/entry figure; the shock's entries are a scenario input (arrivals.shocks)");
                }
            }
        }

        if (remaining.Count > 0)
        {
            observedPoints["reported: remaining"] = remaining;
        }

        if (net.Count > 0)
        {
            observedPoints["reported: entered − left"] = net;
        }

        var line = YearLine(table, shock.Year, m => DateMapping.RussiansPresent(table, m) - baseline);
        series.Add(new FitSeries("russians", $"Russian citizens since the {FitEvaluator.Day(shock)} mobilisation announcement",
            "persons", new Dictionary<string, IReadOnlyList<DatedValue>> { ["simulated: present − end-Aug level"] = line }, observedPoints));
    }

    /// <summary>A value at the start of the year and at every step end inside the calendar year and the run.</summary>
    internal static IReadOnlyList<DatedValue> YearLine(RegionMonthTable table, int year, Func<Moment, double> value)
    {
        var points = new List<DatedValue>();
        var first = Math.Max(0, table.StepOf(new DateOnly(year, 1, 1)));
        var last = Math.Min(table.MonthCount - 1, table.StepOf(new DateOnly(year, 12, 1)));
        if (first > last)
        {
            return points;
        }

        points.Add(new DatedValue(table.MonthOf(first), value(new Moment(first, 0))));
        for (var s = first; s <= last; s++)
        {
            points.Add(new DatedValue(table.MonthOf(s + 1), value(new Moment(s, 1))));
        }

        return points;
    }
}
