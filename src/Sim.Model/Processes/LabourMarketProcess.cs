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
    public static void Run(RegionState s)
    {
        var p = s.Context.Scenario.Labour;
        var people = s.People;
        var rng = s.Stream(RandomProcess.LabourMarket);
        Span<int> seekersLeft = stackalloc int[Names.ProfessionCount];
        Span<int> separations = stackalloc int[Names.ProfessionCount];
        var foreignShare = s.Levers.WorkPermits.ForeignHireShare;
        for (var prof = 1; prof < Names.ProfessionCount; prof++)
        {
            var list = s.Census.Seekers[prof];
            list.RemoveAll(i => people.IsGone(i) || people.Activity[i] != (byte)Activity.Unemployed);
            var u = list.Count;
            var v = s.Vacancies[prof];
            var matches = Matches(u, v, p.MatchingEfficiency, p.MatchingElasticity);
            var hires = Math.Min(Sampling.Binomial(ref rng, u, matches / Math.Max(1, u)), (int)v);
            var hired = 0;
            for (var k = 0; k < u && hired < hires; k++)
            {
                var j = k + rng.NextInt(u - k);
                (list[k], list[j]) = (list[j], list[k]);
                var i = list[k];
                if (!MayBeHired(ref rng, s, i, foreignShare))
                {
                    continue;
                }

                people.Activity[i] = (byte)Activity.Employed;
                hired++;
            }

            s.Vacancies[prof] = Math.Max(0, v - hired);
            s.Row.Hires += hired;
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
                s.Row.Separations++;
            }
        }

        double vacancies = 0, seekers = 0;
        for (var prof = 1; prof < Names.ProfessionCount; prof++)
        {
            var employed = s.Census.EmployedByProfession[prof];
            var v = s.Vacancies[prof] + separations[prof] + (p.JobGrowthPerYear / 12.0 * employed);
            var theta = v / Math.Max(1, seekersLeft[prof] + separations[prof]);
            v *= 1 + (p.VacancyTightnessElasticity * Clamp(Math.Log(Math.Max(theta, 1e-6) / Math.Max(s.ReferenceTightness[prof], 1e-6))));
            s.Vacancies[prof] = Math.Max(0, v);
            vacancies += s.Vacancies[prof];
            seekers += seekersLeft[prof] + separations[prof];
        }

        var thetaAll = vacancies / Math.Max(1, seekers);
        var wageResponse = p.WageTightnessElasticity * Clamp(Math.Log(Math.Max(thetaAll, 1e-6) / Math.Max(s.ReferenceTightness[0], 1e-6)));
        s.WageKzt *= 1 + (p.WageGrowthPerYear / 12.0) + wageResponse;
        s.Row.Vacancies = vacancies;
        s.Row.AvgWageKzt = s.WageKzt;
    }

    /// <summary>Expected hires M = min(U, V, A·U^α·V^(1−α)); zero without seekers or a whole vacancy.</summary>
    public static double Matches(double seekers, double vacancies, double efficiency, double elasticity) =>
        seekers > 0 && vacancies >= 1
            ? Math.Min(Math.Min(seekers, vacancies), efficiency * Math.Pow(seekers, elasticity) * Math.Pow(vacancies, 1 - elasticity))
            : 0;

    /// <summary>Sets the start vacancies V_p = θ0·U_p and the reference tightness (index 0 holds the regional value).</summary>
    public static void Initialise(RegionState s)
    {
        var theta = s.Context.Scenario.Labour.InitialTightness;
        for (var prof = 1; prof < Names.ProfessionCount; prof++)
        {
            s.Vacancies[prof] = theta * s.Census.Seekers[prof].Count;
            s.ReferenceTightness[prof] = theta;
        }

        s.ReferenceTightness[0] = theta;
        s.WageKzt = s.Info.AverageWageKzt;
    }

    private static double Clamp(double x) => Math.Clamp(x, -2, 2);

    private static bool MayBeHired(ref RandomStream rng, RegionState s, int i, double foreignShare)
    {
        var status = (LegalStatus)s.People.Status[i];
        switch (status)
        {
            case LegalStatus.Transit or LegalStatus.Irregular:
                return false;
            case LegalStatus.VisaFree:
                var origin = s.Context.Scenario.Arrivals.Origins[s.People.Citizenship[i]];
                if (origin is { Eaeu: true })
                {
                    return true;
                }

                if (LegalStatusProcess.WorkPermitRoom(s) < 1 || !rng.Bernoulli(foreignShare))
                {
                    return false;
                }

                s.PermitsIssuedThisMonth++;
                s.SetStatus(i, LegalStatus.WorkPermit, s.Context.Scenario.LegalStatus.WorkPermitMonths);
                s.Row.PermitsWork++;
                s.Row.PermitsIssued++;
                s.Row.ForeignHires++;
                return true;
            default:
                return true;
        }
    }
}
