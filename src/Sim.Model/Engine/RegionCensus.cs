using System.Buffers;
using System.Runtime.InteropServices;
using Sim.Model.Population;
using Sim.Model.Random;

namespace Sim.Model.Engine;

/// <summary>
/// The end-of-month census of a region: it counts the stocks of the month's indicators, applies next month's
/// birthday transitions (school, labour-market entry, retirement) and prepares next month's work: the age-sex
/// histogram (mortality exposure) and the lists of foreigners, of the elderly and of job seekers by profession.
/// Nothing here visits every person one by one: the age-sex histogram comes from the table's cohort counts
/// (kept exact on every append and removal), and every list is found with vectorised searches over one byte or
/// short column (status ≠ citizen, activity = unemployed, birth month ≤ the elderly threshold, birth month in
/// the few transition months), so the month costs a few SIMD scans plus work proportional to the rows found.
/// </summary>
internal sealed class RegionCensus
{
    public const int Ages = Processes.MortalitySchedule.MaxAge + 1;

    /// <summary>Age from which deaths are drawn person by person rather than by thinning (keeps the thinning bound low).</summary>
    public const int ElderlyAge = 80;

    public int[] AgeSex { get; } = new int[2 * Ages];

    public List<int> Foreigners { get; } = [];

    /// <summary>Persons aged <see cref="ElderlyAge"/> and over next month.</summary>
    public List<int> Elderly { get; } = [];

    public List<int>[] Seekers { get; } = Enumerable.Range(0, Names.ProfessionCount).Select(_ => new List<int>()).ToArray();

    /// <summary>Employed persons by profession, estimated as employment times the residents' profession mix.</summary>
    public double[] EmployedByProfession { get; } = new double[Names.ProfessionCount];

    public int LabourForce { get; private set; }

    public int Unemployed { get; private set; }

    public int WorkPermits { get; private set; }

    /// <summary>Citizens at or above the emigration minimum age.</summary>
    public int EmigrationEligible { get; private set; }

    public double MortalityExposure { get; private set; }

    /// <summary>Expected births next month at TFR = 1: Σ over women of share(age) / 12.</summary>
    public double FertilityExposure { get; private set; }

    public double UnemploymentRate => LabourForce > 0 ? (double)Unemployed / LabourForce : 0;

    /// <summary>Runs the census. Stocks go to <paramref name="row"/>; transitions and lists are for <paramref name="next"/>.</summary>
    public void Run(RegionState state, YearMonth next, bool applyTransitions, ref RegionMonthIndicators row)
    {
        var p = state.Context.Scenario.Population;
        var people = state.People;
        var n = people.Count;
        var nextCompact = next.ToCompact();
        var previousRate = UnemploymentRate > 0 ? UnemploymentRate : state.Info.UnemploymentRate;
        var minEmigrationAge = state.Context.Scenario.Emigration.MinAgeYears;

        // Stocks before this census's transitions.
        var activity = people.Activity;
        long employedBefore = activity.Count((byte)Activity.Employed);
        long unemployedBefore = activity.Count((byte)Activity.Unemployed);

        BuildAgeSex(people, nextCompact);
        var transitions = applyTransitions ? ApplyTransitions(state, next, previousRate) : default;

        Foreigners.Clear();
        Span<int> statusCount = stackalloc int[8];
        var russians = 0;
        var foreignAdults = 0;
        var status = people.Status;
        var birth = people.BirthMonth;
        for (var i = NextIndexNotZero(status, 0); i >= 0; i = NextIndexNotZero(status, i + 1))
        {
            Foreigners.Add(i);
            statusCount[status[i] & 7]++;
            russians += people.Citizenship[i] == (byte)Citizenship.RU ? 1 : 0;
            foreignAdults += nextCompact - birth[i] >= minEmigrationAge * 12 ? 1 : 0;
        }

        Elderly.Clear();
        var elderlyBorn = (short)(nextCompact - (ElderlyAge * 12));
        for (var i = NextIndexAtOrBefore(birth, 0, elderlyBorn); i >= 0; i = NextIndexAtOrBefore(birth, i + 1, elderlyBorn))
        {
            Elderly.Add(i);
        }

        foreach (var list in Seekers)
        {
            list.Clear();
        }

        var profession = people.Profession;
        for (var i = NextIndexOf(activity, 0, (byte)Activity.Unemployed); i >= 0; i = NextIndexOf(activity, i + 1, (byte)Activity.Unemployed))
        {
            Seekers[profession[i]].Add(i);
        }

        var employed = employedBefore + transitions.ToEmployed - transitions.FromEmployed;
        var seekers = unemployedBefore + transitions.ToUnemployed - transitions.FromUnemployed;
        for (var prof = 0; prof < Names.ProfessionCount; prof++)
        {
            EmployedByProfession[prof] = employed * p.ProfessionMix[prof];
        }

        LabourForce = (int)(employed + seekers);
        Unemployed = (int)seekers;
        WorkPermits = statusCount[(int)LegalStatus.WorkPermit];
        EmigrationEligible = (int)AgesBetween(Math.Min(minEmigrationAge, Ages - 1), Ages - 1) - foreignAdults;
        MortalityExposure = Exposure(state.Context.Mortality);
        FertilityExposure = Exposure(state.Context.Fertility);

        row.Foreigners = Foreigners.Count;
        row.Citizens = n - row.Foreigners;
        row.RussiansPresent = russians;
        row.TransitPresent = statusCount[(int)LegalStatus.Transit];
        row.Irregular = statusCount[(int)LegalStatus.Irregular];
        row.PermanentResidents = statusCount[(int)LegalStatus.PermanentResidence];
        row.WorkPermitHolders = statusCount[(int)LegalStatus.WorkPermit];
        row.Refugees = statusCount[(int)LegalStatus.Refugee];
        row.Age0To14 = AgesBetween(0, 14);
        row.Age15To64 = AgesBetween(15, 64);
        row.Age65Plus = AgesBetween(65, Ages - 1);
        row.Employed = employedBefore;
        row.Unemployed = unemployedBefore;
        row.LabourForce = employedBefore + unemployedBefore;
        row.UnemploymentRate = row.LabourForce > 0 ? (double)unemployedBefore / row.LabourForce : 0;
        row.MortalityExposure = MortalityExposure;
        row.FertilityExposure = FertilityExposure;
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

    /// <summary>The age-sex histogram of <paramref name="month"/> (compact) from the cohort counts.</summary>
    private void BuildAgeSex(PersonTable people, int month)
    {
        Array.Clear(AgeSex);
        for (var sexIndex = 0; sexIndex < 2; sexIndex++)
        {
            var cohorts = people.Cohorts((Sex)sexIndex);
            var offset = sexIndex * Ages;
            for (var born = Math.Max(0, month - (Ages * 12) + 1); born <= Math.Min(month, cohorts.Length - 1); born++)
            {
                AgeSex[offset + ((month - born) / 12)] += cohorts[born];
            }

            // Anyone older than the oldest age counts at the oldest age.
            for (var born = 0; born <= month - (Ages * 12) && born < cohorts.Length; born++)
            {
                AgeSex[offset + Ages - 1] += cohorts[born];
            }
        }
    }

    /// <summary>
    /// Applies the birthday transitions of <paramref name="next"/> to the persons born exactly school age,
    /// labour-entry age, higher-education exit age or retirement age years before it (a vectorised search of
    /// the birth-month column), in row order with the month's ageing stream.
    /// </summary>
    private static TransitionCounts ApplyTransitions(RegionState state, YearMonth next, double unemploymentRate)
    {
        var p = state.Context.Scenario.Population;
        var nextCompact = next.ToCompact();
        var ages = new[] { p.SchoolAgeYears, p.LabourEntryAgeYears, p.HigherEducationExitAgeYears, p.RetirementAgeMenYears, p.RetirementAgeWomenYears };
        var months = ages.Select(a => (char)(ushort)(short)(nextCompact - (a * 12))).Distinct().ToArray();
        var search = SearchValues.Create(months);
        var births = MemoryMarshal.Cast<short, char>(state.People.BirthMonth);
        var rng = RandomStream.Create(state.Context.Seed, state.Region, next.Index, RandomProcess.Ageing);
        Span<double> mix = stackalloc double[Names.ProfessionCount];
        Sampling.Cumulate(p.ProfessionMix.ToArray(), mix);
        var counts = default(TransitionCounts);
        var activity = state.People.Activity;
        for (var start = 0; start < births.Length;)
        {
            var k = births[start..].IndexOfAny(search);
            if (k < 0)
            {
                break;
            }

            var i = start + k;
            var before = (Activity)activity[i];
            var after = Transition(ref rng, state, i, (nextCompact - state.People.BirthMonth[i]) / 12, before, unemploymentRate, mix);
            counts.Count(before, after);
            start = i + 1;
        }

        return counts;
    }

    private static int NextIndexNotZero(ReadOnlySpan<byte> values, int from)
    {
        var k = from < values.Length ? values[from..].IndexOfAnyExcept((byte)0) : -1;
        return k < 0 ? -1 : from + k;
    }

    private static int NextIndexOf(ReadOnlySpan<byte> values, int from, byte value)
    {
        var k = from < values.Length ? values[from..].IndexOf(value) : -1;
        return k < 0 ? -1 : from + k;
    }

    private static int NextIndexAtOrBefore(ReadOnlySpan<short> values, int from, short limit)
    {
        var k = from < values.Length ? values[from..].IndexOfAnyInRange(short.MinValue, limit) : -1;
        return k < 0 ? -1 : from + k;
    }

    private double Exposure(Processes.FertilitySchedule fertility)
    {
        var sum = 0.0;
        for (var age = fertility.MinAge; age <= fertility.MaxAge && age < Ages; age++)
        {
            sum += AgeSex[((int)Sex.Female * Ages) + age] * fertility.Share(age) / 12;
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

    /// <summary>How many transitions left and entered employment and unemployment.</summary>
    private struct TransitionCounts
    {
        public int FromEmployed;
        public int ToEmployed;
        public int FromUnemployed;
        public int ToUnemployed;

        public void Count(Activity before, Activity after)
        {
            if (before == after)
            {
                return;
            }

            FromEmployed += before == Activity.Employed ? 1 : 0;
            FromUnemployed += before == Activity.Unemployed ? 1 : 0;
            ToEmployed += after == Activity.Employed ? 1 : 0;
            ToUnemployed += after == Activity.Unemployed ? 1 : 0;
        }
    }

    private static Activity Transition(ref RandomStream rng, RegionState state, int i, int age, Activity act, double unemploymentRate, ReadOnlySpan<double> mix)
    {
        var p = state.Context.Scenario.Population;
        var people = state.People;
        var next = act;
        if (act == Activity.Child && age == p.SchoolAgeYears)
        {
            next = Activity.Student;
        }
        else if (act == Activity.Student && age == p.LabourEntryAgeYears)
        {
            next = rng.Bernoulli(p.HigherEducationShare) ? Activity.Student : EnterLabour(ref rng, state, i, unemploymentRate, mix);
        }
        else if (act == Activity.Student && age == p.HigherEducationExitAgeYears)
        {
            next = EnterLabour(ref rng, state, i, unemploymentRate, mix);
        }
        else if (act is Activity.Employed or Activity.Unemployed or Activity.Inactive
            && age == (people.Sex[i] == (byte)Sex.Male ? p.RetirementAgeMenYears : p.RetirementAgeWomenYears))
        {
            next = Activity.Retired;
        }

        people.Activity[i] = (byte)next;
        return next;
    }

    private static Activity EnterLabour(ref RandomStream rng, RegionState state, int i, double unemploymentRate, ReadOnlySpan<double> mix)
    {
        var p = state.Context.Scenario.Population;
        if (state.People.Profession[i] == (byte)Profession.None)
        {
            state.People.Profession[i] = (byte)Sampling.Categorical(ref rng, mix);
        }

        if (!rng.Bernoulli(p.ParticipationRate))
        {
            return Activity.Inactive;
        }

        return rng.Bernoulli(unemploymentRate) ? Activity.Unemployed : Activity.Employed;
    }
}
