using Sim.Model.Engine;
using Sim.Model.Population;
using Sim.Model.Random;

namespace Sim.Model.Processes;

/// <summary>
/// Process 1, demography. Ageing is free (birth months are stored). Deaths: a person of sex s and age x dies in
/// the month with p = min(1, k·q_m(s, x)), q_m the Gompertz–Makeham monthly probability and
/// k = (CDR_t / 12000) · N / E the national scaling so expected deaths match the crude death rate path (N the
/// national population and E the national expected deaths at k = 1, both from last month). Births: a woman aged x
/// gives birth with p = g · TFR_t · f(x) / 12 (Hadwiger shares f), g = (CBR_t / 12000) · N / (TFR_t · F) the
/// national scaling so expected births match the crude birth rate path (F the national expected births at TFR = 1
/// from last month): the synthetic pyramid's share of women of child-bearing age is not Kazakhstan's, so TFR alone
/// would give too many births. Newborns are citizens of the mother's region.
/// Rare events are found by geometric skips with an upper-bound probability and accepted with p / p_max.
/// </summary>
internal static class DemographyProcess
{
    public static void Run(RegionState state)
    {
        var ctx = state.Context;
        var national = state.National.Total;
        var cdr = ctx.CrudeDeathRatePer1000.At(state.Month);
        var k = national.MortalityExposure > 0 ? cdr / 12000.0 * national.PopulationEnd / national.MortalityExposure : 1.0;
        state.Row.MortalityScale = k;
        Deaths(state, k);
        var tfr = ctx.Tfr.At(state.Month);
        var cbr = ctx.CrudeBirthRatePer1000.At(state.Month);
        var g = national.FertilityExposure > 0 && tfr > 0 && cbr > 0 ? cbr / 12000.0 * national.PopulationEnd / (tfr * national.FertilityExposure) : 1.0;
        state.Row.FertilityScale = g;
        Births(state, g * tfr);
    }

    private static void Deaths(RegionState state, double k)
    {
        const int ages = RegionCensus.Ages;
        Span<double> hazard = stackalloc double[2 * ages];
        var youngMax = 0.0;
        for (var sex = 0; sex < 2; sex++)
        {
            var q = state.Context.Mortality.MonthlyBySex((Sex)sex);
            for (var x = 0; x < ages; x++)
            {
                var h = Math.Min(1.0, k * q[x]);
                hazard[(sex * ages) + x] = h;
                if (x < RegionCensus.ElderlyAge)
                {
                    youngMax = Math.Max(youngMax, h);
                }
            }
        }

        var people = state.People;
        var rng = state.Stream(RandomProcess.Deaths);
        var n = people.Count;
        var month = state.MonthCompact;
        var births = people.BirthMonth;
        var sexes = people.Sex;

        // Under the elderly age: thinning over all rows with the largest young hazard.
        var logQ = Math.Log(1 - youngMax);
        for (var i = Sampling.GeometricSkip(ref rng, logQ); i < n; i = Sampling.NextSelected(ref rng, i, logQ))
        {
            var age = (month - births[i]) / 12;
            if (age < RegionCensus.ElderlyAge && !people.IsGone(i)
                && rng.NextDouble() * youngMax < hazard[(sexes[i] * ages) + Math.Max(0, age)])
            {
                Die(state, i);
            }
        }

        // The elderly: one draw each (they are few).
        foreach (var i in state.Census.Elderly)
        {
            if (!people.IsGone(i) && rng.NextDouble() < hazard[(sexes[i] * ages) + Math.Min(ages - 1, (month - births[i]) / 12)])
            {
                Die(state, i);
            }
        }
    }

    private static void Die(RegionState state, int i)
    {
        state.People.MarkGone(i);
        state.Removed.Add(i);
        state.Row.Deaths++;
        state.Events.Add(state.Month, state.People.Id[i], PersonEventKind.Death);
    }

    /// <summary>Births at the scaled rate <paramref name="tfr"/> (g · TFR_t) times the age shares.</summary>
    private static void Births(RegionState state, double tfr)
    {
        var fertility = state.Context.Fertility;
        var max = tfr * fertility.MaxShare / 12.0;
        if (max <= 0)
        {
            return;
        }

        var srb = state.Context.Scenario.Population.SexRatioAtBirth;
        var maleShare = srb / (1 + srb);
        var people = state.People;
        var rng = state.Stream(RandomProcess.Births);
        var logQ = Math.Log(1 - max);
        var month = state.MonthCompact;
        var n = people.Count;

        // Thinning over all rows with the largest monthly birth probability; accepted for women by age.
        for (var i = Sampling.GeometricSkip(ref rng, logQ); i < n; i = Sampling.NextSelected(ref rng, i, logQ))
        {
            if (people.Sex[i] != (byte)Sex.Female || people.IsGone(i)
                || rng.NextDouble() * max >= tfr * fertility.Share((month - people.BirthMonth[i]) / 12) / 12.0)
            {
                continue;
            }

            var sex = rng.Bernoulli(maleShare) ? Sex.Male : Sex.Female;
            var flags = (PersonFlags)people.Flags[i] & PersonFlags.Urban;
            var id = state.NewId();
            people.Append(new PersonRecord(id, month, sex, Citizenship.KZ, LegalStatus.Citizen, Profession.None,
                Activity.Child, flags, PersonTable.NoMonth, PersonTable.NoMonth));
            state.Row.Births++;
            state.Events.Add(state.Month, id, PersonEventKind.Birth, (byte)sex);
        }
    }
}
