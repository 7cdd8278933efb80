using Sim.Model.Engine;
using Sim.Model.Population;
using Sim.Model.Random;

namespace Sim.Model.Processes;

/// <summary>
/// Process 4, legal status. When a visa-free stay expires the person takes the first permit it qualifies for:
/// in-demand profession (applies with a share) → 10-year residence; investor (qualifies with
/// min(1, (reference/threshold)^α)) → 10-year residence; science and education under the scientific visa quota;
/// asylum claimants → refugee status with the grant share; employed EAEU citizens → temporary residence;
/// employed others → a work permit while the regional quota (share of the labour force) has room. Otherwise the
/// person leaves (leave share) or becomes irregular. Expiring work permits renew while employed; residence
/// permits become permanent with a share. Kandas become citizens when their naturalisation period ends.
/// Irregular persons are detected at the enforcement rate (times the ID-card multiplier for card holders) and
/// deported with the deportation share (entry ban), unless protected by non-expulsion; employers of the
/// detected employed are fined with a share; irregular persons also leave on their own at a monthly share.
/// </summary>
internal static class LegalStatusProcess
{
    public static void Run(RegionState s)
    {
        var people = s.People;
        var month = s.MonthCompact;
        var rng = s.Stream(RandomProcess.LegalStatus);
        var levers = s.Levers;
        if (levers.ScientificVisa.Enabled)
        {
            s.ScientificAllowance += levers.ScientificVisa.QuotaPerYear / 12.0 * s.Context.Scale * s.Context.PopulationShare[s.Region];
        }

        foreach (var i in s.Census.Foreigners)
        {
            if (people.IsGone(i))
            {
                continue;
            }

            var status = (LegalStatus)people.Status[i];
            if (status == LegalStatus.Irregular)
            {
                Enforce(ref rng, s, i);
                continue;
            }

            var expiry = people.StatusExpiry[i];
            if (expiry == PersonTable.NoMonth || expiry > month || status is LegalStatus.Transit or LegalStatus.Citizen)
            {
                continue;
            }

            switch (status)
            {
                case LegalStatus.TemporaryResidence when ((PersonFlags)people.Flags[i]).HasFlag(PersonFlags.Kandas):
                    people.Citizenship[i] = (byte)Citizenship.KZ;
                    s.SetStatus(i, LegalStatus.Citizen, 0);
                    break;
                case LegalStatus.VisaFree:
                    OnVisaFreeExpiry(ref rng, s, i);
                    break;
                case LegalStatus.WorkPermit:
                    if (people.Activity[i] == (byte)Activity.Employed)
                    {
                        people.StatusExpiry[i] = (short)(month + s.Context.Scenario.LegalStatus.WorkPermitMonths);
                    }
                    else
                    {
                        LeaveOrStay(ref rng, s, i);
                    }

                    break;
                case LegalStatus.TemporaryResidence:
                case LegalStatus.Refugee:
                    var p = s.Context.Scenario.LegalStatus;
                    if (rng.Bernoulli(p.PermanentOnExpiryShare))
                    {
                        s.SetStatus(i, LegalStatus.PermanentResidence, 0);
                    }
                    else if (people.Activity[i] == (byte)Activity.Employed || status == LegalStatus.Refugee)
                    {
                        people.StatusExpiry[i] = (short)(month + p.TemporaryResidenceMonths);
                    }
                    else
                    {
                        LeaveOrStay(ref rng, s, i);
                    }

                    break;
            }
        }
    }

    private static void OnVisaFreeExpiry(ref RandomStream rng, RegionState s, int i)
    {
        var people = s.People;
        var p = s.Context.Scenario.LegalStatus;
        var levers = s.Levers;
        var profession = (Profession)people.Profession[i];
        var flags = (PersonFlags)people.Flags[i];
        var employed = people.Activity[i] == (byte)Activity.Employed;
        if (levers.InDemandPermit.Enabled && profession != Profession.None
            && levers.InDemandPermit.Professions.Contains(profession) && rng.Bernoulli(p.InDemandApplyShare))
        {
            Grant(s, i, LegalStatus.TemporaryResidence, p.ResidencePermitMonths, ref s.Row.PermitsInDemand);
            return;
        }

        if (levers.InvestorVisa.Enabled && flags.HasFlag(PersonFlags.Investor)
            && rng.Bernoulli(Math.Min(1, Math.Pow(p.InvestorReferenceUsd / levers.InvestorVisa.ThresholdUsd, p.InvestorParetoAlpha))))
        {
            Grant(s, i, LegalStatus.TemporaryResidence, p.ResidencePermitMonths, ref s.Row.PermitsInvestor);
            return;
        }

        if (levers.ScientificVisa.Enabled && profession == Profession.ScienceEducation && s.ScientificAllowance >= 1)
        {
            s.ScientificAllowance -= 1;
            Grant(s, i, LegalStatus.TemporaryResidence, p.ResidencePermitMonths, ref s.Row.PermitsScientific);
            return;
        }

        if (levers.Refugee.Enabled && flags.HasFlag(PersonFlags.RefugeeClaimant)
            && rng.Bernoulli(Math.Min(1, p.RefugeeGrantShare * levers.Refugee.GrantMultiplier)))
        {
            Grant(s, i, LegalStatus.Refugee, p.TemporaryResidenceMonths, ref s.Row.RefugeeGranted);
            return;
        }

        var origin = s.Context.Scenario.Arrivals.Origins[people.Citizenship[i]];
        if (employed && origin is { Eaeu: true })
        {
            Grant(s, i, LegalStatus.TemporaryResidence, p.TemporaryResidenceMonths, ref s.Row.PermitsEaeuResidence);
            return;
        }

        if (employed && WorkPermitRoom(s) > 0)
        {
            s.PermitsIssuedThisMonth++;
            Grant(s, i, LegalStatus.WorkPermit, p.WorkPermitMonths, ref s.Row.PermitsWork);
            return;
        }

        LeaveOrStay(ref rng, s, i);
    }

    /// <summary>Work permits the region may still issue this month under its quota.</summary>
    internal static double WorkPermitRoom(RegionState s)
    {
        var lever = s.Levers.WorkPermits;
        var share = lever.ByRegion.TryGetValue(s.Info.Code, out var own) ? own : lever.QuotaShare;
        return (share * s.Census.LabourForce) - s.Census.WorkPermits - s.PermitsIssuedThisMonth;
    }

    private static void Grant(RegionState s, int i, LegalStatus status, int months, ref long counter)
    {
        s.SetStatus(i, status, months);
        counter++;
        s.Row.PermitsIssued++;
    }

    private static void LeaveOrStay(ref RandomStream rng, RegionState s, int i)
    {
        if (rng.Bernoulli(s.Context.Scenario.LegalStatus.LeaveOnExpiryShare))
        {
            s.Depart(i, DepartureReason.StatusExpired);
        }
        else
        {
            s.SetStatus(i, LegalStatus.Irregular, 0);
            s.Row.BecameIrregular++;
        }
    }

    private static void Enforce(ref RandomStream rng, RegionState s, int i)
    {
        var people = s.People;
        var enforcement = s.Levers.Enforcement;
        var flags = (PersonFlags)people.Flags[i];
        var rate = enforcement.DetectionRate;
        if (flags.HasFlag(PersonFlags.MigrantIdCard) && s.Levers.MigrantIdCards.Enabled)
        {
            rate *= s.Levers.MigrantIdCards.DetectionMultiplier;
        }

        if (rng.NextDouble() < rate)
        {
            s.Row.Detected++;
            if (people.Activity[i] == (byte)Activity.Employed && rng.Bernoulli(enforcement.EmployerFineShare))
            {
                s.Row.EmployersFined++;
            }

            var protectedFromExpulsion = flags.HasFlag(PersonFlags.RefugeeClaimant) && s.Levers.Refugee.NonExpulsion;
            if (!protectedFromExpulsion && rng.Bernoulli(enforcement.DeportationShare))
            {
                s.Row.Deported++;
                if (enforcement.EntryBanYears > 0)
                {
                    s.Row.EntryBans++;
                }

                s.Depart(i, DepartureReason.Deported);
            }

            return;
        }

        if (rng.Bernoulli(s.Context.Scenario.LegalStatus.IrregularExitShare))
        {
            s.Depart(i, DepartureReason.Voluntary);
        }
    }
}
