using Sim.Model.Engine;
using Sim.Model.Population;
using Sim.Model.Random;

namespace Sim.Model.Processes;

/// <summary>
/// The returning flow of deported persons, which the entry ban blocks. At deportation a person tries to come back
/// with probability ρ (<c>legal_status.deportee_return_share</c>) after d ~ Geometric months of mean D
/// (<c>deportee_return_months</c>), d ≥ 1. An attempt while the ban lasts (d ≤ 12·ban years) is refused at the
/// border and not repeated (counted in <c>entry_bans</c> that month); a later one enters again in the region the
/// person was deported from, with a visa-free stay (<c>deportee_returns</c>, also an arrival). So of the deported,
/// ρ·(1 − 1/D)^(12·ban) return: with D = 12 a 5-year ban lets 0.5% of those who try back, a 1-year ban 35%.
/// These are extra to the scenario's inflows, which are first entries. Attempts after the run's end are dropped.
/// </summary>
internal static class DeporteeReturns
{
    /// <summary>Decides at deportation of person <paramref name="i"/> whether and when it tries to come back.</summary>
    public static void Schedule(RegionState state, int i, int banMonths)
    {
        var p = state.Context.Scenario.LegalStatus;
        var rng = state.Stream(RandomProcess.DeporteeReturns, (int)state.Row.Deported);
        if (p.DeporteeReturnShare <= 0 || !rng.Bernoulli(p.DeporteeReturnShare))
        {
            return;
        }

        var months = 1 + Math.Min(Sampling.GeometricSkip(ref rng, Math.Log(1 - (1 / Math.Max(1, p.DeporteeReturnMonths)))), 1200);
        var due = state.Month.MonthsSince(state.Context.Start) + months;
        if (due >= state.Context.MonthCount)
        {
            return;
        }

        if (months <= banMonths)
        {
            state.RefusalsDue[due]++;
        }
        else
        {
            state.ReturnsDue[(due * Names.OriginCount) + state.People.Citizenship[i]]++;
        }
    }

    /// <summary>This month's refused attempts and returns of the region's deportees.</summary>
    public static void Arrive(ref RandomStream rng, RegionState state)
    {
        var ctx = state.Context;
        var m = state.Month.MonthsSince(ctx.Start);
        state.Row.EntryBans += state.RefusalsDue[m];
        for (var o = 0; o < Names.OriginCount; o++)
        {
            var count = state.ReturnsDue[(m * Names.OriginCount) + o];
            var profile = ctx.Scenario.Arrivals.Origins[o] ?? ctx.Scenario.Arrivals.Origins.FirstOrDefault(x => x is not null);
            if (count == 0 || profile is null)
            {
                continue;
            }

            var mix = PersonFactory.CumulativeMix(profile.ProfessionMix);
            for (var k = 0; k < count; k++)
            {
                var person = PersonFactory.Migrant(ref rng, state, profile, (Citizenship)o, state.Month, mix);
                person = person with { StatusExpiry = (short)(state.MonthCompact + profile.VisaFreeMonths), Flags = person.Flags & ~PersonFlags.RefugeeClaimant };
                ArrivalsProcess.Add(state, person, transit: false);
                state.Row.DeporteeReturns++;
            }
        }
    }
}
