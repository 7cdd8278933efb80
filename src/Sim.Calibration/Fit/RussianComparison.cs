using Sim.Calibration.Observed;

namespace Sim.Calibration.Fit;

/// <summary>
/// Compares the Russian citizens counted after the mobilisation announcement of 21 Sep 2022. The announcement
/// month's step carries the shock's first arrivals, so counts "since 21 Sep" start with that whole step:
/// entries and exits since the shock are the <c>arrivals_russians</c> and <c>departures_russians</c> of the
/// September step onwards (the last step prorated by day); those remaining are the Russians present in excess of
/// their level at the end of the step before (end of August).
/// </summary>
internal static class RussianComparison
{
    private const string Excess = "Russian citizens present minus those present at the end of the step before the announcement (end of August)";
    private const string Flows = "arrivals_russians / departures_russians summed from the start of the September step (it carries the shock's first arrivals)";

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
        double Remaining(Moment m) => DateMapping.RussiansPresent(table, m) - baseline;
        double Entered(Moment m) => DateMapping.FlowBetween(table, baseMoment.Step, m, r => r.ArrivalsRussians);
        double Exited(Moment m) => DateMapping.FlowBetween(table, baseMoment.Step, m, r => r.DeparturesRussians);
        var reported = new Dictionary<RussianMeasure, List<DatedValue>>();
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

            if (moment.Step == baseMoment.Step && moment.Fraction < 1)
            {
                skipped.Add($"Russian counts on {FitEvaluator.Day(group.Key)}: inside the announcement month's step, whose arrivals all fall after "
                    + $"{FitEvaluator.Day(shock)}; a monthly step cannot resolve days within it");
                continue;
            }

            var when = first.LateMonth ? "late " + group.Key.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture) : FitEvaluator.Day(group.Key);
            var at = FitEvaluator.Describe(table, moment);
            foreach (var r in group)
            {
                var (id, target, simulated, mapping, check) = r.Measure switch
                {
                    RussianMeasure.Remaining => ("remaining", "Russians remaining since 21 Sep 2022", Remaining(moment), Excess, FitCheck.WithinRelative),
                    RussianMeasure.EnteredSinceShock => ("entered", "Russians entered since 21 Sep 2022 (mostly the scenario's shock input)", Entered(moment), Flows, FitCheck.None),
                    _ => ("exited", "Russians left since 21 Sep 2022", Exited(moment), Flows, FitCheck.None),
                };
                comparisons.Add(new FitComparison($"russians_{id}_{FitEvaluator.Day(group.Key)}", $"{target}, {when}", "persons", r.Persons, simulated,
                    check, tol.RussiansRemainingRelative, $"{mapping}; {at}"));
                (reported.TryGetValue(r.Measure, out var list) ? list : reported[r.Measure] = []).Add(new DatedValue(group.Key, r.Persons));
            }

            var byMeasure = group.ToDictionary(r => r.Measure);
            if (byMeasure.TryGetValue(RussianMeasure.EnteredSinceShock, out var entered) && byMeasure.TryGetValue(RussianMeasure.ExitedSinceShock, out var exited))
            {
                comparisons.Add(new FitComparison($"russians_net_{FitEvaluator.Day(group.Key)}",
                    $"Russians entered minus left since 21 Sep 2022, {when} ({entered.Persons:N0} − {exited.Persons:N0})",
                    "persons", entered.Persons - exited.Persons, Remaining(moment), FitCheck.None, 0, $"{Excess}; {at}"));
                net.Add(new DatedValue(group.Key, entered.Persons - exited.Persons));
            }
        }

        var simulatedLines = new Dictionary<string, IReadOnlyList<DatedValue>>
        {
            ["simulated remaining"] = YearLine(table, shock.Year, Remaining),
            ["simulated entered"] = Window(table, baseMoment.Step, shock.Year, Entered),
            ["simulated left"] = Window(table, baseMoment.Step, shock.Year, Exited),
        };
        var observedPoints = new Dictionary<string, IReadOnlyList<DatedValue>>();
        foreach (var (measure, name) in new[] { (RussianMeasure.Remaining, "reported remaining"), (RussianMeasure.EnteredSinceShock, "reported entered"), (RussianMeasure.ExitedSinceShock, "reported left") })
        {
            if (reported.TryGetValue(measure, out var points))
            {
                observedPoints[name] = points;
            }
        }

        if (net.Count > 0)
        {
            observedPoints["reported entered − left"] = net;
        }

        series.Add(new FitSeries("russians", $"Russian citizens after the {FitEvaluator.Day(shock)} mobilisation announcement", "persons", simulatedLines, observedPoints));
    }

    /// <summary>A value at the start of the year and at every step end inside the calendar year and the run.</summary>
    internal static IReadOnlyList<DatedValue> YearLine(RegionMonthTable table, int year, Func<Moment, double> value) =>
        Window(table, Math.Max(0, table.StepOf(new DateOnly(year, 1, 1))), year, value);

    private static List<DatedValue> Window(RegionMonthTable table, int first, int year, Func<Moment, double> value)
    {
        var points = new List<DatedValue>();
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
