using Sim.Model.Population;
using Sim.Model.Random;

namespace Sim.Model.Engine;

/// <summary>
/// The one full pass over a region's columns each month, at the end of the month: it counts the stocks of the
/// month's indicators, applies next month's birthday transitions (school, labour-market entry, retirement), and
/// prepares next month's work: the age-sex histogram (mortality exposure), the lists of foreigners, of the
/// elderly and of job seekers by profession. Reads 8 bytes a person; every other process only touches sampled rows.
/// </summary>
internal sealed class RegionCensus
{
    public const int Ages = Processes.MortalitySchedule.MaxAge + 1;

    public int[] AgeSex { get; } = new int[2 * Ages];

    /// <summary>Age from which deaths are drawn person by person rather than by thinning (keeps the thinning bound low).</summary>
    public const int ElderlyAge = 80;

    public List<int> Foreigners { get; } = [];

    /// <summary>Persons aged <see cref="ElderlyAge"/> and over next month.</summary>
    public List<int> Elderly { get; } = [];

    public List<int>[] Seekers { get; } = Enumerable.Range(0, Names.ProfessionCount).Select(_ => new List<int>()).ToArray();

    public int[] EmployedByProfession { get; } = new int[Names.ProfessionCount];

    public int LabourForce { get; private set; }

    public int Unemployed { get; private set; }

    public int WorkPermits { get; private set; }

    /// <summary>Citizens at or above the emigration minimum age.</summary>
    public int EmigrationEligible { get; private set; }

    public double MortalityExposure { get; private set; }

    public double UnemploymentRate => LabourForce > 0 ? (double)Unemployed / LabourForce : 0;

    /// <summary>
    /// Runs the pass. Stocks go to <paramref name="row"/>; transitions and lists are for <paramref name="next"/>.
    /// The loop is kept nearly branch-free: stocks are histograms (status, citizenship, activity, age-sex) and the
    /// only branches are rare and predictable (foreigners, the elderly, job seekers, birthday transitions).
    /// </summary>
    public void Run(RegionState s, YearMonth next, bool applyTransitions, ref RegionMonthIndicators row)
    {
        var p = s.Context.Scenario.Population;
        var people = s.People;
        var n = people.Count;
        var birth = people.BirthMonth;
        var sex = people.Sex;
        var status = people.Status;
        var citizenship = people.Citizenship;
        var activity = people.Activity;
        var profession = people.Profession;
        var nextCompact = next.ToCompact();
        var previousRate = UnemploymentRate > 0 ? UnemploymentRate : s.Info.UnemploymentRate;
        var minEmigrationAge = s.Context.Scenario.Emigration.MinAgeYears;
        var rng = RandomStream.Create(s.Context.Seed, s.Region, next.Index, RandomProcess.Ageing);
        Span<double> mix = stackalloc double[Names.ProfessionCount];
        Sampling.Cumulate(p.ProfessionMix.ToArray(), mix);
        Span<bool> transitionAge = stackalloc bool[Ages];
        if (applyTransitions)
        {
            foreach (var age in (ReadOnlySpan<int>)[p.SchoolAgeYears, p.LabourEntryAgeYears, p.HigherEducationExitAgeYears, p.RetirementAgeMenYears, p.RetirementAgeWomenYears])
            {
                transitionAge[Math.Clamp(age, 0, Ages - 1)] = true;
            }
        }

        Span<int> statusCount = stackalloc int[8];
        Span<int> citizenshipCount = stackalloc int[8];
        Span<int> transitionsFrom = stackalloc int[8];
        Span<int> transitionsTo = stackalloc int[8];
        Span<int> activityProfession = stackalloc int[8 * Names.ProfessionCount];
        var ageSex = AgeSex.AsSpan();
        ageSex.Clear();
        Foreigners.Clear();
        Elderly.Clear();
        foreach (var list in Seekers)
        {
            list.Clear();
        }

        // Citizens are the vast majority: only foreigners are counted by status and citizenship (in their branch).
        var foreignAdults = 0;
        for (var i = 0; i < n; i++)
        {
            var ageMonths = nextCompact - birth[i];
            var age = Math.Min(ageMonths / 12, Ages - 1);
            int act = activity[i];
            ageSex[(sex[i] * Ages) + age]++;
            if ((ageMonths % 12 == 0) & transitionAge[age])
            {
                transitionsFrom[act & 7]++;
                act = (int)Transition(ref rng, s, i, age, (Activity)act, previousRate, mix);
                transitionsTo[act & 7]++;
            }

            activityProfession[((act & 7) * Names.ProfessionCount) + profession[i]]++;
            int st = status[i];
            if (st != (int)LegalStatus.Citizen)
            {
                Foreigners.Add(i);
                statusCount[st & 7]++;
                citizenshipCount[citizenship[i] & 7]++;
                foreignAdults += age >= minEmigrationAge ? 1 : 0;
            }

            if (age >= ElderlyAge)
            {
                Elderly.Add(i);
            }

            if (act == (int)Activity.Unemployed)
            {
                Seekers[profession[i]].Add(i);
            }
        }

        var employedAll = 0;
        var seekersAll = 0;
        for (var prof = 0; prof < Names.ProfessionCount; prof++)
        {
            EmployedByProfession[prof] = activityProfession[((int)Activity.Employed * Names.ProfessionCount) + prof];
            employedAll += EmployedByProfession[prof];
            seekersAll += activityProfession[((int)Activity.Unemployed * Names.ProfessionCount) + prof];
        }

        LabourForce = employedAll + seekersAll;
        Unemployed = seekersAll;
        WorkPermits = statusCount[(int)LegalStatus.WorkPermit];
        EmigrationEligible = (int)AgesBetween(Math.Min(minEmigrationAge, Ages - 1), Ages - 1) - foreignAdults;
        MortalityExposure = Exposure(s.Context.Mortality);

        // Stocks of the month that ends: activity before this pass's transitions.
        long employed = employedAll - transitionsTo[(int)Activity.Employed] + transitionsFrom[(int)Activity.Employed];
        long unemployed = seekersAll - transitionsTo[(int)Activity.Unemployed] + transitionsFrom[(int)Activity.Unemployed];
        row.Foreigners = Foreigners.Count;
        row.Citizens = n - row.Foreigners;
        row.RussiansPresent = citizenshipCount[(int)Citizenship.RU];
        row.TransitPresent = statusCount[(int)LegalStatus.Transit];
        row.Irregular = statusCount[(int)LegalStatus.Irregular];
        row.PermanentResidents = statusCount[(int)LegalStatus.PermanentResidence];
        row.WorkPermitHolders = statusCount[(int)LegalStatus.WorkPermit];
        row.Refugees = statusCount[(int)LegalStatus.Refugee];
        row.Age0To14 = AgesBetween(0, 14);
        row.Age15To64 = AgesBetween(15, 64);
        row.Age65Plus = AgesBetween(65, Ages - 1);
        row.Employed = employed;
        row.Unemployed = unemployed;
        row.LabourForce = employed + unemployed;
        row.UnemploymentRate = employed + unemployed > 0 ? (double)unemployed / (employed + unemployed) : 0;
        row.MortalityExposure = MortalityExposure;
    }

    /// <summary>Persons aged <paramref name="from"/> to <paramref name="to"/> (both sexes) in the histogram.</summary>
    public long AgesBetween(int from, int to)
    {
        long sum = 0;
        for (var sexIndex = 0; sexIndex < 2; sexIndex++)
        {
            for (var age = from; age <= to; age++)
            {
                sum += AgeSex[(sexIndex * Ages) + age];
            }
        }

        return sum;
    }

    private double Exposure(Processes.MortalitySchedule mortality)
    {
        var sum = 0.0;
        for (var sexIndex = 0; sexIndex < 2; sexIndex++)
        {
            var hazard = mortality.MonthlyBySex((Sex)sexIndex);
            for (var age = 0; age < Ages; age++)
            {
                sum += AgeSex[(sexIndex * Ages) + age] * hazard[age];
            }
        }

        return sum;
    }

    private static Activity Transition(ref RandomStream rng, RegionState s, int i, int age, Activity act, double unemploymentRate, ReadOnlySpan<double> mix)
    {
        var p = s.Context.Scenario.Population;
        var people = s.People;
        var next = act;
        if (act == Activity.Child && age == p.SchoolAgeYears)
        {
            next = Activity.Student;
        }
        else if (act == Activity.Student && age == p.LabourEntryAgeYears)
        {
            next = rng.Bernoulli(p.HigherEducationShare) ? Activity.Student : EnterLabour(ref rng, s, i, unemploymentRate, mix);
        }
        else if (act == Activity.Student && age == p.HigherEducationExitAgeYears)
        {
            next = EnterLabour(ref rng, s, i, unemploymentRate, mix);
        }
        else if (act is Activity.Employed or Activity.Unemployed or Activity.Inactive
            && age == (people.Sex[i] == (byte)Sex.Male ? p.RetirementAgeMenYears : p.RetirementAgeWomenYears))
        {
            next = Activity.Retired;
        }

        people.Activity[i] = (byte)next;
        return next;
    }

    private static Activity EnterLabour(ref RandomStream rng, RegionState s, int i, double unemploymentRate, ReadOnlySpan<double> mix)
    {
        var p = s.Context.Scenario.Population;
        if (s.People.Profession[i] == (byte)Profession.None)
        {
            s.People.Profession[i] = (byte)Sampling.Categorical(ref rng, mix);
        }

        if (!rng.Bernoulli(p.ParticipationRate))
        {
            return Activity.Inactive;
        }

        return rng.Bernoulli(unemploymentRate) ? Activity.Unemployed : Activity.Employed;
    }
}
