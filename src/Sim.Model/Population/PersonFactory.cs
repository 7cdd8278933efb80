using Sim.Model.Engine;
using Sim.Model.Random;
using Sim.Model.Scenarios;

namespace Sim.Model.Population;

/// <summary>Draws the attributes of synthesised residents and of arrivals (no allocation; one record at a time).</summary>
internal static class PersonFactory
{
    /// <summary>A resident citizen of the given age (months) and sex, with activity and profession by age.</summary>
    public static PersonRecord Resident(ref RandomStream rng, RegionState state, int ageMonths, Sex sex, YearMonth month, ReadOnlySpan<double> professionMix)
    {
        var p = state.Context.Scenario.Population;
        var age = ageMonths / 12;
        var (activity, profession) = ActivityByAge(ref rng, p, state.Info.UnemploymentRate, age, sex, professionMix);
        var flags = rng.Bernoulli(state.Context.UrbanShare[state.Region]) ? PersonFlags.Urban : PersonFlags.None;
        return new PersonRecord(state.NewId(), (short)(month.ToCompact() - ageMonths), sex, Citizenship.KZ, LegalStatus.Citizen,
            profession, activity, flags, PersonTable.NoMonth, PersonTable.NoMonth);
    }

    /// <summary>
    /// A migrant of the given origin profile: age (children uniform 0–17, adults normal truncated to 18–80),
    /// sex, profession, activity, investor and asylum flags. Status and expiry are set by the caller.
    /// </summary>
    public static PersonRecord Migrant(ref RandomStream rng, RegionState state, OriginProfile o, Citizenship origin, YearMonth month,
        ReadOnlySpan<double> professionMix)
    {
        var p = state.Context.Scenario.Population;
        int ageMonths;
        var child = rng.Bernoulli(o.ChildShare);
        if (child)
        {
            ageMonths = rng.NextInt(18 * 12);
        }
        else
        {
            var years = o.AgeMeanYears + (o.AgeSdYears * Sampling.StandardNormal(ref rng));
            years = Math.Clamp(years, 18, 80.99);
            ageMonths = (int)(years * 12);
        }

        var sex = rng.Bernoulli(o.MaleShare) ? Sex.Male : Sex.Female;
        var age = ageMonths / 12;
        Activity activity;
        var profession = Profession.None;
        if (age < p.SchoolAgeYears)
        {
            activity = Activity.Child;
        }
        else if (age < 18)
        {
            activity = Activity.Student;
        }
        else
        {
            profession = (Profession)Sampling.Categorical(ref rng, professionMix);
            var retirement = sex == Sex.Male ? p.RetirementAgeMenYears : p.RetirementAgeWomenYears;
            activity = age >= retirement ? Activity.Retired : rng.Bernoulli(o.EmployedShare) ? Activity.Employed : Activity.Unemployed;
        }

        var flags = PersonFlags.None;
        if (!child && rng.Bernoulli(o.InvestorShare))
        {
            flags |= PersonFlags.Investor;
        }

        if (!child && rng.Bernoulli(o.RefugeeClaimShare))
        {
            flags |= PersonFlags.RefugeeClaimant;
        }

        if (rng.Bernoulli(state.Context.UrbanShare[state.Region]))
        {
            flags |= PersonFlags.Urban;
        }

        return new PersonRecord(state.NewId(), (short)(month.ToCompact() - ageMonths), sex, origin, LegalStatus.VisaFree,
            profession, activity, flags, month.ToCompact(), PersonTable.NoMonth);
    }

    /// <summary>Activity and profession of a resident by age, from the scenario's shares.</summary>
    public static (Activity Activity, Profession Profession) ActivityByAge(ref RandomStream rng, PopulationParameters p,
        double unemploymentRate, int age, Sex sex, ReadOnlySpan<double> professionMix)
    {
        if (age < p.SchoolAgeYears)
        {
            return (Activity.Child, Profession.None);
        }

        if (age < p.LabourEntryAgeYears)
        {
            return (Activity.Student, Profession.None);
        }

        var profession = (Profession)Sampling.Categorical(ref rng, professionMix);
        var retirement = sex == Sex.Male ? p.RetirementAgeMenYears : p.RetirementAgeWomenYears;
        if (age >= retirement)
        {
            return (Activity.Retired, profession);
        }

        if (age < p.HigherEducationExitAgeYears && rng.Bernoulli(p.HigherEducationShare))
        {
            return (Activity.Student, profession);
        }

        if (!rng.Bernoulli(p.ParticipationRate))
        {
            return (Activity.Inactive, profession);
        }

        return (rng.Bernoulli(unemploymentRate) ? Activity.Unemployed : Activity.Employed, profession);
    }

    /// <summary>Cumulative profession shares (index = profession byte).</summary>
    public static double[] CumulativeMix(IReadOnlyList<double> shares)
    {
        var result = new double[shares.Count];
        Sampling.Cumulate(shares.ToArray(), result);
        return result;
    }
}
