using Sim.Model.Engine;
using Sim.Model.Population;
using Sim.Model.Random;
using Sim.Model.Scenarios;

namespace Sim.Model.Processes;

/// <summary>
/// Process 4, legal status. When a visa-free stay expires the person takes the first permit it qualifies for:
/// in-demand profession (applies with a share) → 10-year residence; investor (qualifies with
/// min(1, (reference/threshold)^α)) → 10-year residence; science and education under the scientific visa quota;
/// asylum claimants → refugee status with the grant share; employed EAEU citizens → temporary residence;
/// employed others → a work permit while the regional quota (share of the labour force) has room. Otherwise the
/// person leaves (leave share) or becomes irregular. Expiring work permits renew while employed; residence
/// permits become permanent with a share, for those who prove income (Article 49; in-demand permit holders
/// exempt). Kandas become citizens when their naturalisation period ends.
/// Irregular persons are detected at the enforcement rate (times the multiplier of their citizenship where
/// enforcement is aimed at it, and the ID-card multiplier for card holders) and
/// deported with the deportation share (entry ban), unless protected by non-expulsion; employers of the
/// detected employed are fined with a share; irregular persons also leave on their own at a monthly share.
/// </summary>
internal static class LegalStatusProcess
{
    public static void Run(RegionState state)
    {
        var people = state.People;
        var month = state.MonthCompact;
        var rng = state.Stream(RandomProcess.LegalStatus);
        var levers = state.Levers;
        if (levers.ScientificVisa.Enabled)
        {
            state.ScientificAllowance += levers.ScientificVisa.QuotaPerYear / 12.0 * state.Context.Scale * state.Context.PopulationShare[state.Region];
        }

        if (levers.InDemandPermit.Enabled)
        {
            // The permit is for the order's specialists, a national quota shared by population; unused room
            // carries over for at most a year (or one permit, for a region whose year is less) so a quiet year cannot
            // bank a later surge.
            var yearly = levers.InDemandPermit.QuotaPerYear * state.Context.Scale * state.Context.PopulationShare[state.Region];
            state.InDemandAllowance = Math.Min(Math.Max(1, yearly), state.InDemandAllowance + (yearly / 12.0));
        }

        foreach (var i in state.Census.Foreigners)
        {
            if (people.IsGone(i))
            {
                continue;
            }

            var status = (LegalStatus)people.Status[i];
            if (status == LegalStatus.Irregular)
            {
                Enforce(ref rng, state, i);
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
                    state.SetStatus(i, LegalStatus.Citizen, 0);
                    break;
                case LegalStatus.VisaFree:
                    OnVisaFreeExpiry(ref rng, state, i);
                    break;
                case LegalStatus.WorkPermit:
                    if (people.Activity[i] == (byte)Activity.Employed)
                    {
                        people.StatusExpiry[i] = (short)(month + state.Context.Scenario.LegalStatus.WorkPermitMonths);
                    }
                    else
                    {
                        LeaveOrStay(ref rng, state, i);
                    }

                    break;
                case LegalStatus.TemporaryResidence:
                case LegalStatus.Refugee:
                    var p = state.Context.Scenario.LegalStatus;
                    if (rng.Bernoulli(p.PermanentOnExpiryShare) && MeetsIncomeRequirement(ref rng, p, (PersonFlags)people.Flags[i]))
                    {
                        state.SetStatus(i, LegalStatus.PermanentResidence, 0);
                    }
                    else if (people.Activity[i] == (byte)Activity.Employed || status == LegalStatus.Refugee)
                    {
                        people.StatusExpiry[i] = (short)(month + p.TemporaryResidenceMonths);
                    }
                    else
                    {
                        LeaveOrStay(ref rng, state, i);
                    }

                    break;
            }
        }
    }

    private static void OnVisaFreeExpiry(ref RandomStream rng, RegionState state, int i)
    {
        var people = state.People;
        var p = state.Context.Scenario.LegalStatus;
        var levers = state.Levers;
        var profession = (Profession)people.Profession[i];
        var flags = (PersonFlags)people.Flags[i];
        var employed = people.Activity[i] == (byte)Activity.Employed;
        if (levers.InDemandPermit.Enabled && profession != Profession.None
            && levers.InDemandPermit.Professions.Contains(profession) && state.InDemandAllowance >= 1 && rng.Bernoulli(p.InDemandApplyShare))
        {
            state.InDemandAllowance -= 1;
            people.Flags[i] |= (byte)PersonFlags.InDemandPermit;
            Grant(state, i, LegalStatus.TemporaryResidence, p.ResidencePermitMonths, ref state.Row.PermitsInDemand);
            return;
        }

        if (levers.InvestorVisa.Enabled && QualifiesAsInvestor(ref rng, state, i, flags))
        {
            Grant(state, i, LegalStatus.TemporaryResidence, p.ResidencePermitMonths, ref state.Row.PermitsInvestor);
            return;
        }

        if (levers.ScientificVisa.Enabled && profession == Profession.ScienceEducation && state.ScientificAllowance >= 1)
        {
            state.ScientificAllowance -= 1;
            Grant(state, i, LegalStatus.TemporaryResidence, p.ResidencePermitMonths, ref state.Row.PermitsScientific);
            return;
        }

        if (levers.Refugee.Enabled && flags.HasFlag(PersonFlags.RefugeeClaimant)
            && rng.Bernoulli(Math.Min(1, p.RefugeeGrantShare * levers.Refugee.GrantMultiplier)))
        {
            Grant(state, i, LegalStatus.Refugee, p.TemporaryResidenceMonths, ref state.Row.RefugeeGranted);
            return;
        }

        var origin = state.Context.Scenario.Arrivals.Origins[people.Citizenship[i]];
        if (employed && origin is { Eaeu: true })
        {
            Grant(state, i, LegalStatus.TemporaryResidence, p.TemporaryResidenceMonths, ref state.Row.PermitsEaeuResidence);
            return;
        }

        if (employed && WorkPermitRoom(state) > 0)
        {
            state.PermitsIssuedThisMonth++;
            Grant(state, i, LegalStatus.WorkPermit, p.WorkPermitMonths, ref state.Row.PermitsWork);
            return;
        }

        LeaveOrStay(ref rng, state, i);
    }

    /// <summary>Decides an explicit application of person <paramref name="i"/> with the rules above, without the random shares.</summary>
    public static PermitDecision Apply(RegionState state, int i, PermitKind kind)
    {
        var people = state.People;
        var status = (LegalStatus)people.Status[i];
        if (status is LegalStatus.Citizen or LegalStatus.PermanentResidence)
        {
            return new PermitDecision(false, $"a person with status {status} needs no permit");
        }

        var p = state.Context.Scenario.LegalStatus;
        var levers = state.Levers;
        var profession = (Profession)people.Profession[i];
        var flags = (PersonFlags)people.Flags[i];
        var employed = people.Activity[i] == (byte)Activity.Employed;
        var (ok, reason, newStatus, months) = kind switch
        {
            PermitKind.InDemandResidence when !levers.InDemandPermit.Enabled => (false, "the in-demand permit is not offered", status, 0),
            PermitKind.InDemandResidence when !levers.InDemandPermit.Professions.Contains(profession) => (false, $"{Names.Key(profession)} is not on the in-demand list", status, 0),
            PermitKind.InDemandResidence when state.InDemandAllowance < 1 => (false, "the in-demand permit quota is used up", status, 0),
            PermitKind.InDemandResidence => (true, "in-demand profession", LegalStatus.TemporaryResidence, p.ResidencePermitMonths),
            PermitKind.InvestorResidence when !levers.InvestorVisa.Enabled => (false, "the investor visa is not offered", status, 0),
            PermitKind.InvestorResidence when !flags.HasFlag(PersonFlags.Investor) => (false, "no investment at the threshold", status, 0),
            PermitKind.InvestorResidence => (true, "investment at the threshold", LegalStatus.TemporaryResidence, p.ResidencePermitMonths),
            PermitKind.ScientificVisa when !levers.ScientificVisa.Enabled => (false, "the scientific-pedagogical visa is not offered", status, 0),
            PermitKind.ScientificVisa when profession != Profession.ScienceEducation => (false, "not a scientist or lecturer", status, 0),
            PermitKind.ScientificVisa when state.ScientificAllowance < 1 => (false, "the scientific visa quota is used up", status, 0),
            PermitKind.ScientificVisa => (true, "scientific-pedagogical visa", LegalStatus.TemporaryResidence, p.ResidencePermitMonths),
            PermitKind.Refugee when !levers.Refugee.Enabled => (false, "asylum claims are not examined", status, 0),
            PermitKind.Refugee when !flags.HasFlag(PersonFlags.RefugeeClaimant) => (false, "no grounds for asylum", status, 0),
            PermitKind.Refugee => (true, "refugee status", LegalStatus.Refugee, p.TemporaryResidenceMonths),
            PermitKind.WorkPermit when !employed => (false, "a work permit needs a job", status, 0),
            PermitKind.WorkPermit when WorkPermitRoom(state) < 1 => (false, "the regional work-permit quota is used up", status, 0),
            _ => (true, "work permit under the regional quota", LegalStatus.WorkPermit, p.WorkPermitMonths),
        };
        if (ok)
        {
            if (kind == PermitKind.ScientificVisa)
            {
                state.ScientificAllowance -= 1;
            }

            if (kind == PermitKind.InDemandResidence)
            {
                state.InDemandAllowance -= 1;
                people.Flags[i] |= (byte)PersonFlags.InDemandPermit;
            }

            if (kind == PermitKind.WorkPermit)
            {
                state.PermitsIssuedThisMonth++;
            }

            state.SetStatus(i, newStatus, months);
        }

        return new PermitDecision(ok, reason);
    }

    /// <summary>Work permits the region may still issue this month under its quota.</summary>
    internal static double WorkPermitRoom(RegionState state)
    {
        var share = state.Context.QuotasAt(state.Month).WorkPermitShare[state.Region];
        return (share * state.Census.LabourForce) - state.Census.WorkPermits - state.PermitsIssuedThisMonth;
    }

    private static void Grant(RegionState state, int i, LegalStatus status, int months, ref long counter)
    {
        state.SetStatus(i, status, months);
        counter++;
        state.Row.PermitsIssued++;
    }

    private static void LeaveOrStay(ref RandomStream rng, RegionState state, int i)
    {
        if (rng.Bernoulli(state.Context.Scenario.LegalStatus.LeaveOnExpiryShare))
        {
            state.Depart(i, DepartureReason.StatusExpired);
        }
        else
        {
            state.SetStatus(i, LegalStatus.Irregular, 0);
            state.Row.BecameIrregular++;
        }
    }

    /// <summary>
    /// Wealth above the threshold, Pareto-tailed: the share of adults at or above T is share·(reference/T)^α. An
    /// investor (wealth ≥ reference) qualifies with min(1, (reference/T)^α); below the reference threshold the
    /// others qualify with share·((reference/T)^α − 1)/(1 − share), so a lower threshold widens the pool.
    /// </summary>
    private static bool QualifiesAsInvestor(ref RandomStream rng, RegionState state, int i, PersonFlags flags)
    {
        var p = state.Context.Scenario.LegalStatus;
        var ratio = Math.Pow(p.InvestorReferenceUsd / state.Levers.InvestorVisa.ThresholdUsd, p.InvestorParetoAlpha);
        if (flags.HasFlag(PersonFlags.Investor))
        {
            return rng.Bernoulli(Math.Min(1, ratio));
        }

        var share = state.Context.Scenario.Arrivals.Origins[state.People.Citizenship[i]]?.InvestorShare ?? 0;
        return ratio > 1 && share is > 0 and < 1 && rng.Bernoulli(Math.Min(1, share * (ratio - 1) / (1 - share)));
    }

    /// <summary>
    /// Article 49: permanent residence needs proof of income, except for holders of the in-demand permit. The draw is
    /// skipped when everyone meets it (share 1), so the random stream is the one of a run without the requirement.
    /// </summary>
    private static bool MeetsIncomeRequirement(ref RandomStream rng, LegalStatusParameters p, PersonFlags flags) =>
        flags.HasFlag(PersonFlags.InDemandPermit) || p.SolvencyShare >= 1 || rng.Bernoulli(p.SolvencyShare);

    private static void Enforce(ref RandomStream rng, RegionState state, int i)
    {
        var people = state.People;
        var enforcement = state.Levers.Enforcement;
        var flags = (PersonFlags)people.Flags[i];
        var rate = enforcement.DetectionRate;
        if (enforcement.DetectionMultiplierByCitizenship.Count > 0
            && enforcement.DetectionMultiplierByCitizenship.TryGetValue(Names.Key((Citizenship)people.Citizenship[i]), out var aimed))
        {
            rate *= aimed;
        }

        if (flags.HasFlag(PersonFlags.MigrantIdCard) && state.Levers.MigrantIdCards.Enabled)
        {
            rate *= state.Levers.MigrantIdCards.DetectionMultiplier;
        }

        if (rng.NextDouble() < rate)
        {
            state.Row.Detected++;
            state.Row.CountDetection((Citizenship)people.Citizenship[i]);
            if (people.Activity[i] == (byte)Activity.Employed && rng.Bernoulli(enforcement.EmployerFineShare))
            {
                state.Row.EmployersFined++;
            }

            var protectedFromExpulsion = flags.HasFlag(PersonFlags.RefugeeClaimant) && state.Levers.Refugee.NonExpulsion;
            if (!protectedFromExpulsion && rng.Bernoulli(enforcement.DeportationShare))
            {
                state.Row.Deported++;
                DeporteeReturns.Schedule(state, i, enforcement.EntryBanYears * 12);
                state.Depart(i, DepartureReason.Deported);
            }

            return;
        }

        if (rng.Bernoulli(state.Context.Scenario.LegalStatus.IrregularExitShare))
        {
            state.Depart(i, DepartureReason.Voluntary);
        }
    }
}
