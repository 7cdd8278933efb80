using System.Runtime.InteropServices;
using Sim.Model.Engine;
using Sim.Model.Population;
using Sim.Model.Random;

namespace Sim.Model.Processes;

/// <summary>
/// Process 5, labour market per region and profession group p. Hires M_p = A·U_p^α·V_p^(1−α) (capped by U_p and
/// V_p) are realised as Binomial(U_p, M_p/U_p) seekers picked at random; a foreign seeker without the right to
/// work is hired only under the work-permit quota and the foreign-hire share. Employed persons separate at a
/// monthly rate (geometric skips over the table). Vacancies: V ← V − hires + separations + g·E/12, then scaled by
/// (1 + ν·ln(θ/θ0)); the wage level: W ← W·(1 + w/12 + η·ln(θ/θ0)), θ = V/U the tightness, θ0 its start value.
/// </summary>
internal static class LabourMarketProcess
{
    public static void Run(RegionState state)
    {
        var p = state.Context.Scenario.Labour;
        var people = state.People;
        var rng = state.Stream(RandomProcess.LabourMarket);
        Span<int> seekersLeft = stackalloc int[Names.ProfessionCount];
        Span<int> separations = stackalloc int[Names.ProfessionCount];
        var foreignShare = state.Levers.WorkPermits.ForeignHireShare;
        for (var prof = 1; prof < Names.ProfessionCount; prof++)
        {
            var list = state.Census.Seekers[prof];
            KeepSeekers(list, people);
            var u = list.Count;
            var v = state.Vacancies[prof];
            var matches = Matches(u, v, p.MatchingEfficiency, p.MatchingElasticity);
            var hires = Math.Min(Sampling.Binomial(ref rng, u, matches / Math.Max(1, u)), (int)v);
            var hired = 0;
            for (var k = 0; k < u && hired < hires; k++)
            {
                var j = k + rng.NextInt(u - k);
                (list[k], list[j]) = (list[j], list[k]);
                var i = list[k];
                if (!MayBeHired(ref rng, state, i, foreignShare))
                {
                    continue;
                }

                people.Activity[i] = (byte)Activity.Employed;
                hired++;
            }

            state.Vacancies[prof] = Math.Max(0, v - hired);
            state.Row.Hires += hired;
            seekersLeft[prof] = u - hired;
        }

        // Separations: geometric skips over all rows, accepted for the employed.
        var logQ = Math.Log(1 - Math.Min(0.999, p.SeparationRate));
        for (var i = Sampling.GeometricSkip(ref rng, logQ); i < people.Count; i = Sampling.NextSelected(ref rng, i, logQ))
        {
            if (!people.IsGone(i) && people.Activity[i] == (byte)Activity.Employed)
            {
                people.Activity[i] = (byte)Activity.Unemployed;
                separations[people.Profession[i]]++;
                state.Row.Separations++;
            }
        }

        double vacancies = 0, seekers = 0;
        for (var prof = 1; prof < Names.ProfessionCount; prof++)
        {
            var employed = state.Census.EmployedByProfession[prof];
            var v = state.Vacancies[prof] + separations[prof] + (p.JobGrowthPerYear / 12.0 * employed);
            var theta = v / Math.Max(1, seekersLeft[prof] + separations[prof]);
            v *= 1 + (p.VacancyTightnessElasticity * Clamp(Math.Log(Math.Max(theta, 1e-6) / Math.Max(state.ReferenceTightness[prof], 1e-6))));
            state.Vacancies[prof] = Math.Max(0, v);
            vacancies += state.Vacancies[prof];
            seekers += seekersLeft[prof] + separations[prof];
        }

        var thetaAll = vacancies / Math.Max(1, seekers);
        var wageResponse = p.WageTightnessElasticity * Clamp(Math.Log(Math.Max(thetaAll, 1e-6) / Math.Max(state.ReferenceTightness[0], 1e-6)));
        state.WageKzt *= 1 + (p.WageGrowthPerYear / 12.0) + wageResponse;
        state.Row.Vacancies = vacancies;
        state.Row.AvgWageKzt = state.WageKzt;
    }

    /// <summary>Expected hires M = min(U, V, A·U^α·V^(1−α)); zero without seekers or a whole vacancy.</summary>
    public static double Matches(double seekers, double vacancies, double efficiency, double elasticity) =>
        seekers > 0 && vacancies >= 1
            ? Math.Min(Math.Min(seekers, vacancies), efficiency * Math.Pow(seekers, elasticity) * Math.Pow(vacancies, 1 - elasticity))
            : 0;

    /// <summary>Sets the start vacancies V_p = θ0·U_p and the reference tightness (index 0 holds the regional value).</summary>
    public static void Initialise(RegionState state)
    {
        var theta = state.Context.Scenario.Labour.InitialTightness;
        for (var prof = 1; prof < Names.ProfessionCount; prof++)
        {
            state.Vacancies[prof] = theta * state.Census.Seekers[prof].Count;
            state.ReferenceTightness[prof] = theta;
        }

        state.ReferenceTightness[0] = theta;
        state.WageKzt = state.Info.AverageWageKzt;
    }

    private static double Clamp(double x) => Math.Clamp(x, -2, 2);

    /// <summary>
    /// Drops from a census list of seekers those who left or found other activity since the census, keeping the
    /// order (what <c>List.RemoveAll</c> does, without a delegate call per seeker: this runs over every seeker
    /// every month).
    /// </summary>
    private static void KeepSeekers(List<int> list, PersonTable people)
    {
        var rows = CollectionsMarshal.AsSpan(list);
        var activity = people.Activity;
        var flags = people.Flags;
        var kept = 0;
        foreach (var i in rows)
        {
            if (activity[i] == (byte)Activity.Unemployed && (flags[i] & (byte)PersonFlags.Gone) == 0)
            {
                rows[kept++] = i;
            }
        }

        list.RemoveRange(kept, list.Count - kept);
    }

    private static bool MayBeHired(ref RandomStream rng, RegionState state, int i, double foreignShare)
    {
        var status = (LegalStatus)state.People.Status[i];
        switch (status)
        {
            case LegalStatus.Transit or LegalStatus.Irregular:
                return false;
            case LegalStatus.VisaFree:
                var origin = state.Context.Scenario.Arrivals.Origins[state.People.Citizenship[i]];
                if (origin is { Eaeu: true })
                {
                    return true;
                }

                if (LegalStatusProcess.WorkPermitRoom(state) < 1 || !rng.Bernoulli(foreignShare))
                {
                    return false;
                }

                state.PermitsIssuedThisMonth++;
                state.SetStatus(i, LegalStatus.WorkPermit, state.Context.Scenario.LegalStatus.WorkPermitMonths);
                state.Row.PermitsWork++;
                state.Row.PermitsIssued++;
                state.Row.ForeignHires++;
                return true;
            default:
                return true;
        }
    }
}
