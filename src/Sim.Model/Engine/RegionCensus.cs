using System.Numerics;
using Sim.Model.Population;

namespace Sim.Model.Engine;

/// <summary>
/// The end-of-month census of a region: it counts the stocks of the month's indicators, applies next month's
/// birthday transitions (school, labour-market entry, retirement) and prepares next month's work: the age-sex
/// histogram (mortality exposure) and the lists of foreigners, of the elderly and of job seekers by profession.
/// Nothing here visits every person one by one: the age-sex histogram comes from the table's cohort counts
/// (kept exact on every append and removal), and every list comes from one pass over the table in blocks of 32
/// rows (<see cref="CensusBlock"/>): vector compares of the status, activity and birth-month columns (status ≠
/// citizen, activity = unemployed, birth month ≤ the elderly threshold, birth month in the few transition months)
/// give a bit per row and list, so the month costs one read of four short columns plus work proportional to the
/// rows found.
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
        var transitions = applyTransitions ? new BirthdayTransitions(state, next, previousRate) : null;

        Foreigners.Clear();
        Elderly.Clear();
        foreach (var list in Seekers)
        {
            list.Clear();
        }

        // One pass in blocks of 32 rows: vector compares give a bit per row for each list, and only the rows found
        // are visited, in row order. A block's birthday transitions come first because they change activity (and
        // so the seekers); they touch their own row only and draw in row order, as a pass of their own would.
        Span<int> statusCount = stackalloc int[8];
        var russians = 0;
        var foreignAdults = 0;
        var status = people.Status;
        var birth = people.BirthMonth;
        var citizenship = people.Citizenship;
        var profession = people.Profession;
        var transitionMonths = transitions is null ? default : transitions.BirthMonths;
        var foreigners = Foreigners;
        var elderly = Elderly;
        var seekerLists = Seekers;
        var elderlyBorn = (short)(nextCompact - (ElderlyAge * 12));
        var adultBorn = nextCompact - (minEmigrationAge * 12);
        for (var block = 0; block < n; block += CensusBlock.Rows)
        {
            var masks = CensusBlock.Scan(status, activity, birth, block, elderlyBorn, transitionMonths);
            for (var bits = masks.Transitions; bits != 0; bits &= bits - 1)
            {
                transitions!.Apply(block + BitOperations.TrailingZeroCount(bits));
            }

            if (masks.Transitions != 0)
            {
                masks.Seekers = CensusBlock.Unemployed(activity, block);
            }

            for (var bits = masks.Foreigners; bits != 0; bits &= bits - 1)
            {
                var i = block + BitOperations.TrailingZeroCount(bits);
                foreigners.Add(i);
                statusCount[status[i] & 7]++;
                russians += citizenship[i] == (byte)Citizenship.RU ? 1 : 0;
                foreignAdults += birth[i] <= adultBorn ? 1 : 0;
            }

            for (var bits = masks.Elderly; bits != 0; bits &= bits - 1)
            {
                elderly.Add(block + BitOperations.TrailingZeroCount(bits));
            }

            for (var bits = masks.Seekers; bits != 0; bits &= bits - 1)
            {
                var i = block + BitOperations.TrailingZeroCount(bits);
                seekerLists[profession[i]].Add(i);
            }
        }

        var counts = transitions?.Counts ?? default;
        var employed = employedBefore + counts.ToEmployed - counts.FromEmployed;
        var seekers = unemployedBefore + counts.ToUnemployed - counts.FromUnemployed;
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
}
