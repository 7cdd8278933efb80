using Sim.Model.Population;
using Sim.Model.Scenarios;

namespace Sim.Model.Processes;

/// <summary>
/// The border as a queue per citizenship, computed once per run from the scenario's expected demand (so every region,
/// on whichever silo, admits the same share). In a month of D days, a citizenship with capacity c a day faces its
/// regular inflow R spread over the month, each shock's persons S_k spread over its last w_k days (the days from
/// the shock's <c>first_day</c>) and the backlog B carried from the month before. As a fluid queue, the persons
/// still waiting at the month's end are Q = max(0, B + R + ΣS − c·D, max_k [R·w_k/D + Σ_j S_j·min(1, w_k/w_j) − c·w_k]):
/// the largest excess of arrivals over capacity over any tail of the month. The share admitted of everyone who
/// waited is a = 1 − Q/(B + R + ΣS); a citizenship without a capacity, and citizens (KZ), always have a = 1.
/// </summary>
internal static class BorderQueue
{
    /// <summary>The admitted share by month (from the scenario's start) and citizenship.</summary>
    /// <param name="scenario">The resolved scenario.</param>
    /// <param name="leversAt">The levers in force in a month.</param>
    /// <returns>One row per month of the run, one admitted share per citizenship.</returns>
    public static double[][] AdmissionPath(Scenario scenario, Func<YearMonth, PolicyLevers> leversAt)
    {
        var result = new double[scenario.MonthCount][];
        var backlog = new double[Names.OriginCount];
        for (var m = 0; m < result.Length; m++)
        {
            var month = scenario.Start.AddMonths(m);
            var capacity = leversAt(month).BorderControl.CapacityPerDay;
            result[m] = new double[Names.OriginCount];
            for (var o = 0; o < Names.OriginCount; o++)
            {
                var origin = (Citizenship)o;
                var waiting = backlog[o] + Demand(scenario, month, origin);
                if (origin == Citizenship.KZ || !capacity.TryGetValue(Names.Key(origin), out var perDay) || waiting <= 0)
                {
                    result[m][o] = 1;
                    backlog[o] = 0;
                    continue;
                }

                var left = Waiting(scenario, month, origin, backlog[o], perDay);
                result[m][o] = 1 - (left / waiting);
                backlog[o] = left;
            }
        }

        return result;
    }

    /// <summary>Persons of <paramref name="origin"/> seeking entry in <paramref name="month"/>: regular inflow plus shocks.</summary>
    /// <param name="scenario">The resolved scenario.</param>
    /// <param name="month">The month.</param>
    /// <param name="origin">The citizenship.</param>
    /// <returns>Persons (national, unscaled).</returns>
    public static double Demand(Scenario scenario, YearMonth month, Citizenship origin)
    {
        var arrivals = scenario.Arrivals;
        if (arrivals.Origins[(int)origin] is null)
        {
            return 0;
        }

        var demand = arrivals.Inflows[(int)origin].At(month);
        foreach (var shock in arrivals.Shocks)
        {
            demand += shock.Origin == origin ? shock.Persons.Exactly(month) : 0;
        }

        return demand;
    }

    /// <summary>Persons still waiting at the end of <paramref name="month"/> (the fluid queue's Q of the summary).</summary>
    private static double Waiting(Scenario scenario, YearMonth month, Citizenship origin, double backlog, double perDay)
    {
        var days = (double)DateTime.DaysInMonth(month.Year, month.Month);
        var regular = scenario.Arrivals.Inflows[(int)origin].At(month);
        var shocks = scenario.Arrivals.Shocks
            .Where(s => s.Origin == origin && s.Persons.Exactly(month) > 0)
            .Select(s => (Persons: s.Persons.Exactly(month), Days: (double)s.ArrivalDays(month)))
            .ToList();
        var left = Math.Max(0, backlog + regular + shocks.Sum(s => s.Persons) - (perDay * days));
        foreach (var (_, tail) in shocks)
        {
            var arriving = (regular * tail / days) + shocks.Sum(s => s.Persons * Math.Min(1, tail / s.Days));
            left = Math.Max(left, arriving - (perDay * tail));
        }

        return left;
    }
}
