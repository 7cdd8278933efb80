using System.Globalization;
using Sim.Calibration.Observed;

namespace Sim.Calibration.Fit;

/// <summary>
/// Compares a run's region_month table with observed data. Every observation inside the run is compared;
/// those outside it are listed as skipped. Dates map onto steps as <see cref="DateMapping"/> documents.
/// </summary>
public static class FitEvaluator
{
    /// <summary>Evaluates the fit of one run.</summary>
    public static FitResult Evaluate(string label, RegionMonthTable table, ObservedData observed, FitTolerances? tolerances = null)
    {
        var tol = tolerances ?? FitTolerances.Targets;
        var comparisons = new List<FitComparison>();
        var regional = new List<RegionalComparison>();
        var skipped = new List<string>();
        ComparePopulation(table, observed, tol, comparisons, regional, skipped);
        CompareVitalEvents(table, observed, tol, comparisons, skipped);
        CompareInternalMigration(table, observed, tol, comparisons, regional, skipped);
        var series = new List<FitSeries>();
        RussianComparison.Compare(table, observed, tol, comparisons, series, skipped);
        RentComparison.Compare(table, observed, tol, comparisons, series, skipped);
        var ordered = comparisons.Where(c => c.Check != FitCheck.None).Concat(comparisons.Where(c => c.Check == FitCheck.None)).ToList();
        return new FitResult(label, ordered, regional, series, skipped);
    }

    internal static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Step(RegionMonthTable table, Moment moment) =>
        table.MonthOf(moment.Step).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    internal static string Describe(RegionMonthTable table, Moment moment) => moment.Fraction switch
    {
        0 when moment.Step == 0 => $"population_start of step {Step(table, moment)}",
        0 => $"end of step {table.MonthOf(moment.Step - 1):yyyy-MM}",
        1 => $"end of step {Step(table, moment)}",
        _ => $"{moment.Fraction.ToString("0.###", CultureInfo.InvariantCulture)} of the way through step {Step(table, moment)} (linear between its start and end)",
    };

    private static void ComparePopulation(RegionMonthTable table, ObservedData observed, FitTolerances tol,
        List<FitComparison> comparisons, List<RegionalComparison> regional, List<string> skipped)
    {
        var dates = new List<(IReadOnlyList<double>, IReadOnlyList<double>)>();
        foreach (var group in observed.Population.GroupBy(p => p.Date).OrderBy(g => g.Key))
        {
            if (!table.Covers(group.Key))
            {
                skipped.Add($"population on {Day(group.Key)}: outside the run ({Day(table.FirstMonth)} to {Day(table.EndDate)})");
                continue;
            }

            var moment = DateMapping.StartOfDay(table, group.Key);
            var isStart = group.Key == table.FirstMonth;

            // BNS counts the de jure population; the model's residents include every foreigner present. The target
            // compares the de jure proxy (see DateMapping.DeJurePopulation); everyone present is shown beside it.
            var rows = group.Select(p => new RegionValue(p.Region, p.Persons, 0,
                DateMapping.DeJurePopulation(table, moment, table.RegionIndex(p.Region)))).ToList();
            var sim = rows.Select(r => r.Simulated).ToList();
            var obs = rows.Select(r => r.Observed!.Value).ToList();
            var present = group.Select(p => DateMapping.Population(table, moment, table.RegionIndex(p.Region))).ToList();
            dates.Add((sim, obs));
            var mapping = Describe(table, moment) + (isStart ? " (the synthesised start population)" : string.Empty);
            var dejure = mapping + "; de jure proxy: residents less the growth of foreigners without permanent residence or refugee status since the first step";
            comparisons.Add(new FitComparison($"population_ard_{Day(group.Key)}", $"ARD of regional populations on {Day(group.Key)} (de jure proxy)",
                "ratio", 0, FitMetrics.RelativeDifference(sim, obs), isStart ? FitCheck.None : FitCheck.AtMost, tol.PopulationArd, dejure));
            comparisons.Add(new FitComparison($"population_total_{Day(group.Key)}", $"National population on {Day(group.Key)} (de jure proxy)",
                "persons", obs.Sum(), sim.Sum(), FitCheck.None, 0, dejure));
            if (!isStart)
            {
                comparisons.Add(new FitComparison($"population_ard_present_{Day(group.Key)}",
                    $"ARD of regional populations on {Day(group.Key)}, everyone present (incl. transit, visa-free, permit holders)",
                    "ratio", 0, FitMetrics.RelativeDifference(present, obs), FitCheck.None, 0, mapping + "; population_end as simulated"));
                comparisons.Add(new FitComparison($"population_total_present_{Day(group.Key)}", $"National population on {Day(group.Key)}, everyone present",
                    "persons", obs.Sum(), present.Sum(), FitCheck.None, 0, mapping + "; population_end as simulated"));
            }

            regional.Add(new RegionalComparison($"Population on {Day(group.Key)} ({dejure})", rows));
        }

        if (dates.Count > 0)
        {
            comparisons.Add(new FitComparison("population_ard", "ARD of regional populations (de jure proxy), mean over the observed dates", "ratio", 0,
                FitMetrics.Ard(dates), FitCheck.None, 0, "mean over the dates listed above"));
        }
    }

    private static void CompareVitalEvents(RegionMonthTable table, ObservedData observed, FitTolerances tol,
        List<FitComparison> comparisons, List<string> skipped)
    {
        foreach (var v in observed.VitalEvents.OrderBy(v => v.Year))
        {
            if (!DateMapping.CoversYear(table, v.Year))
            {
                skipped.Add($"births and deaths {v.Year}: the run does not cover the whole year");
                continue;
            }

            var births = Enumerable.Range(0, table.RegionCount).Sum(r => DateMapping.YearSum(table, v.Year, r, x => x.Births));
            var deaths = Enumerable.Range(0, table.RegionCount).Sum(r => DateMapping.YearSum(table, v.Year, r, x => x.Deaths));
            var mapping = $"sum of steps {v.Year}-01..{v.Year}-12, all regions";
            comparisons.Add(new FitComparison($"births_{v.Year}", $"National births {v.Year}", "persons", v.Births, births,
                FitCheck.WithinRelative, tol.VitalEventsRelative, mapping));
            comparisons.Add(new FitComparison($"deaths_{v.Year}", $"National deaths {v.Year}", "persons", v.Deaths, deaths,
                FitCheck.WithinRelative, tol.VitalEventsRelative, mapping));
        }
    }

    /// <summary>
    /// Diagnostic: a region's population change over the year minus its net internal migration, i.e. births −
    /// deaths + net international migration, where both populations and the net are observed. It separates the
    /// error of the other processes from that of internal relocation.
    /// </summary>
    private static void GrowthBesidesMigration(RegionMonthTable table, ObservedData observed, int year, RegionValue migration, List<FitComparison> comparisons)
    {
        var start = new DateOnly(year, 1, 1);
        var end = start.AddYears(1);
        var p0 = observed.Population.FirstOrDefault(p => p.Region == migration.Region && p.Date == start);
        var p1 = observed.Population.FirstOrDefault(p => p.Region == migration.Region && p.Date == end);
        if (p0 is null || p1 is null || !table.Covers(start) || !table.Covers(end))
        {
            return;
        }

        var region = table.RegionIndex(migration.Region);
        var simulated = DateMapping.DeJurePopulation(table, DateMapping.StartOfDay(table, end), region)
            - DateMapping.DeJurePopulation(table, DateMapping.StartOfDay(table, start), region) - migration.Simulated;
        comparisons.Add(new FitComparison($"growth_besides_internal_{migration.Region}_{year}",
            $"Population change {year} minus net internal migration (births − deaths + net international; de jure proxy), {migration.Region}",
            "persons", p1.Persons - p0.Persons - migration.Observed!.Value, simulated, FitCheck.None, 0,
            $"de jure proxy population on {Day(end)} − on {Day(start)} − Σ (moves_in − moves_out) {year}"));
    }

    private static void CompareInternalMigration(RegionMonthTable table, ObservedData observed, FitTolerances tol,
        List<FitComparison> comparisons, List<RegionalComparison> regional, List<string> skipped)
    {
        foreach (var group in observed.InternalMigration.GroupBy(m => m.Year).OrderBy(g => g.Key))
        {
            if (!DateMapping.CoversYear(table, group.Key))
            {
                skipped.Add($"net internal migration {group.Key}: the run does not cover the whole year");
                continue;
            }

            var rows = group.Select(m => new RegionValue(m.Region, m.NetMigration, m.Sign,
                DateMapping.YearSum(table, group.Key, table.RegionIndex(m.Region), x => x.MovesIn - x.MovesOut))).ToList();
            var agree = FitMetrics.SignAgreement(rows.Select(r => r.Simulated).ToList(), rows.Select(r => r.ObservedSign).ToList());
            var mapping = $"Σ (moves_in − moves_out) over steps {group.Key}-01..{group.Key}-12";
            comparisons.Add(new FitComparison($"net_migration_signs_{group.Key}", $"Regions whose {group.Key} net internal migration has the observed sign",
                "regions", rows.Count, agree, FitCheck.AtLeast, Math.Ceiling((tol.SignShare * rows.Count) - 1e-9), mapping));
            foreach (var r in rows.Where(r => r.Observed.HasValue))
            {
                comparisons.Add(new FitComparison($"net_migration_{r.Region}_{group.Key}", $"Net internal migration {group.Key}, {r.Region}",
                    "persons", r.Observed!.Value, r.Simulated, FitCheck.None, 0, mapping));
                GrowthBesidesMigration(table, observed, group.Key, r, comparisons);
            }

            regional.Add(new RegionalComparison($"Net internal migration {group.Key} ({mapping})", rows));
        }

        foreach (var moves in observed.InternalMoves.Where(m => DateMapping.CoversYear(table, m.Year)))
        {
            var simulated = Enumerable.Range(0, table.RegionCount).Sum(r => DateMapping.YearSum(table, moves.Year, r, x => x.MovesOut));
            comparisons.Add(new FitComparison($"internal_moves_{moves.Year}", $"Moves between regions {moves.Year} (estimate {moves.Low:N0}–{moves.High:N0}; middle shown)",
                "persons", moves.Middle, simulated, FitCheck.None, 0, $"Σ moves_out over steps {moves.Year}-01..{moves.Year}-12, all regions"));
        }
    }
}
