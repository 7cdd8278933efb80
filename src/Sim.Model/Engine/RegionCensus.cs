using Sim.Model.Population;
using Sim.Model.Random;

namespace Sim.Model.Engine;

/// <summary>
/// The one full pass over a region's columns each month, at the end of the month: it counts the stocks of the
/// month's indicators, applies next month's birthday transitions (school, labour-market entry, retirement), and
/// prepares next month's work: the age-sex histogram (mortality exposure), the list of foreigners and the
/// job seekers by profession. Reads about 10 bytes a person; every other process only touches sampled rows.
/// </summary>
internal sealed class RegionCensus
{
    public const int Ages = Processes.MortalitySchedule.MaxAge + 1;

    public int[] AgeSex { get; } = new int[2 * Ages];

    /// <summary>Age from which deaths are drawn person by person rather than by thinning (keeps the thinning bound low).</summary>
    public const int ElderlyAge = 80;

    public List<int> Foreigners { get; } = [];

    /// <summary>Women of childbearing age next month.</summary>
    public List<int> FertileWomen { get; } = [];

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

    /// <summary>Runs the pass. Stocks go to <paramref name="row"/>; transitions and lists are for <paramref name="next"/>.</summary>
    public void Run(RegionState s, YearMonth next, bool applyTransitions, ref RegionMonthIndicators row)
    {
        var p = s.Context.Scenario.Population;
        var people = s.People;
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

        Array.Clear(AgeSex);
        Array.Clear(EmployedByProfession);
        Foreigners.Clear();
        FertileWomen.Clear();
        Elderly.Clear();
        var fertileMin = s.Context.Fertility.MinAge;
        var fertileMax = s.Context.Fertility.MaxAge;
        foreach (var list in Seekers)
        {
            list.Clear();
        }

        long citizens = 0, russians = 0, transit = 0, irregular = 0, permanent = 0, permits = 0, refugees = 0;
        long age0To14 = 0, age15To64 = 0, age65 = 0, employed = 0, unemployed = 0;
        int labourForce = 0, seekers = 0, workPermits = 0, eligible = 0;
        for (var i = 0; i < people.Count; i++)
        {
            var ageMonths = nextCompact - birth[i];
            var age = ageMonths / 12;
            var st = (LegalStatus)status[i];
            var act = (Activity)activity[i];

            // Stocks of the month that ends (ages as on the first day of the next month).
            switch (st)
            {
                case LegalStatus.Citizen: citizens++; break;
                case LegalStatus.Transit: transit++; break;
                case LegalStatus.Irregular: irregular++; break;
                case LegalStatus.PermanentResidence: permanent++; break;
                case LegalStatus.WorkPermit: permits++; break;
                case LegalStatus.Refugee: refugees++; break;
            }

            russians += citizenship[i] == (byte)Citizenship.RU ? 1 : 0;
            if (age < 15)
            {
                age0To14++;
            }
            else if (age < 65)
            {
                age15To64++;
            }
            else
            {
                age65++;
            }

            employed += act == Activity.Employed ? 1 : 0;
            unemployed += act == Activity.Unemployed ? 1 : 0;

            if (applyTransitions && ageMonths % 12 == 0)
            {
                act = Transition(ref rng, s, i, age, act, previousRate, mix);
            }

            // Next month's work lists.
            AgeSex[(sex[i] * Ages) + Math.Min(age, Ages - 1)]++;
            if (age >= ElderlyAge)
            {
                Elderly.Add(i);
            }
            else if (sex[i] == (byte)Sex.Female && age >= fertileMin && age <= fertileMax)
            {
                FertileWomen.Add(i);
            }

            if (st != LegalStatus.Citizen)
            {
                Foreigners.Add(i);
                workPermits += st == LegalStatus.WorkPermit ? 1 : 0;
            }
            else if (age >= minEmigrationAge)
            {
                eligible++;
            }

            if (act == Activity.Employed)
            {
                labourForce++;
                EmployedByProfession[profession[i]]++;
            }
            else if (act == Activity.Unemployed)
            {
                labourForce++;
                seekers++;
                Seekers[profession[i]].Add(i);
            }
        }

        LabourForce = labourForce;
        Unemployed = seekers;
        WorkPermits = workPermits;
        EmigrationEligible = eligible;
        MortalityExposure = Exposure(s.Context.Mortality);

        row.Citizens = citizens;
        row.Foreigners = people.Count - citizens;
        row.RussiansPresent = russians;
        row.TransitPresent = transit;
        row.Irregular = irregular;
        row.PermanentResidents = permanent;
        row.WorkPermitHolders = permits;
        row.Refugees = refugees;
        row.Age0To14 = age0To14;
        row.Age15To64 = age15To64;
        row.Age65Plus = age65;
        row.Employed = employed;
        row.Unemployed = unemployed;
        row.LabourForce = employed + unemployed;
        row.UnemploymentRate = employed + unemployed > 0 ? (double)unemployed / (employed + unemployed) : 0;
        row.MortalityExposure = MortalityExposure;
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
