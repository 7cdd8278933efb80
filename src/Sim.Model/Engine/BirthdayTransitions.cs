using Sim.Model.Population;
using Sim.Model.Random;
using Sim.Model.Scenarios;

namespace Sim.Model.Engine;

/// <summary>
/// The birthday transitions of one census month: a person born exactly school age, labour-entry age,
/// higher-education exit age or retirement age years before the month changes activity (and, entering the
/// labour market without one, draws a profession). The census finds the persons by birth month and calls
/// <see cref="Apply"/> in row order; the draws come from the month's ageing stream in that order.
/// </summary>
internal sealed class BirthdayTransitions
{
    private readonly RegionState _state;
    private readonly PopulationParameters _population;
    private readonly short _next;
    private readonly double _unemploymentRate;
    private readonly double[] _professionMix;
    private readonly short[] _birthMonths;
    private RandomStream _rng;
    private TransitionCounts _counts;

    /// <summary>Prepares the transitions into <paramref name="next"/> at last month's unemployment rate.</summary>
    public BirthdayTransitions(RegionState state, YearMonth next, double unemploymentRate)
    {
        _state = state;
        _population = state.Context.Scenario.Population;
        _next = next.ToCompact();
        _unemploymentRate = unemploymentRate;
        var p = _population;
        int[] ages = [p.SchoolAgeYears, p.LabourEntryAgeYears, p.HigherEducationExitAgeYears, p.RetirementAgeMenYears, p.RetirementAgeWomenYears];
        _birthMonths = ages.Select(a => (short)(_next - (a * 12))).Distinct().ToArray();
        _rng = RandomStream.Create(state.Context.Seed, state.Region, next.Index, RandomProcess.Ageing);
        _professionMix = new double[Names.ProfessionCount];
        Sampling.Cumulate(p.ProfessionMix.ToArray(), _professionMix);
    }

    /// <summary>The compact birth months whose persons have a transition birthday (distinct).</summary>
    public ReadOnlySpan<short> BirthMonths => _birthMonths;

    /// <summary>How many transitions so far left and entered employment and unemployment.</summary>
    public TransitionCounts Counts => _counts;

    /// <summary>Applies the transition of row <paramref name="i"/>, whose birth month is one of <see cref="BirthMonths"/>.</summary>
    public void Apply(int i)
    {
        var p = _population;
        var people = _state.People;
        var age = (_next - people.BirthMonth[i]) / 12;
        var act = (Activity)people.Activity[i];
        var next = act;
        if (act == Activity.Child && age == p.SchoolAgeYears)
        {
            next = Activity.Student;
        }
        else if (act == Activity.Student && age == p.LabourEntryAgeYears)
        {
            next = _rng.Bernoulli(p.HigherEducationShare) ? Activity.Student : EnterLabour(i);
        }
        else if (act == Activity.Student && age == p.HigherEducationExitAgeYears)
        {
            next = EnterLabour(i);
        }
        else if (act is Activity.Employed or Activity.Unemployed or Activity.Inactive
            && age == (people.Sex[i] == (byte)Sex.Male ? p.RetirementAgeMenYears : p.RetirementAgeWomenYears))
        {
            next = Activity.Retired;
        }

        people.Activity[i] = (byte)next;
        _counts.Count(act, next);
    }

    private Activity EnterLabour(int i)
    {
        var people = _state.People;
        if (people.Profession[i] == (byte)Profession.None)
        {
            people.Profession[i] = (byte)Sampling.Categorical(ref _rng, _professionMix);
        }

        if (!_rng.Bernoulli(_population.ParticipationRate))
        {
            return Activity.Inactive;
        }

        return _rng.Bernoulli(_unemploymentRate) ? Activity.Unemployed : Activity.Employed;
    }
}
