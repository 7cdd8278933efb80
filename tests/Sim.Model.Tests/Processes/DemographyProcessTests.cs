using Sim.Model.Engine;
using Sim.Model.Population;
using Sim.Model.Processes;

namespace Sim.Model.Tests.Processes;

public sealed class DemographyProcessTests
{
    private static readonly YearMonth Month = new(2024, 6);

    [Fact]
    public void Deaths_reproduce_the_crude_death_rate_on_a_synthetic_population()
    {
        var ctx = Shared.Context(0.05);
        var s = Prepare(ctx, region: ctx.RegionIndex("AST"), synthesize: true, out var row);
        var cdr = ctx.CrudeDeathRatePer1000.At(Month);
        var expected = cdr / 12000 * s.People.Count; // k·Σ q = CDR/12·N by construction of k
        DemographyProcess.Run(s);
        var sd = Math.Sqrt(expected);
        Assert.InRange(s.Row.Deaths, expected - (4 * sd), expected + (4 * sd));
        Assert.Equal(cdr / 12000 * row.PopulationEnd / row.MortalityExposure, s.Row.MortalityScale, 12);
    }

    [Fact]
    public void Births_reproduce_the_crude_birth_rate_with_the_age_shares_on_a_synthetic_population()
    {
        var ctx = Shared.Context(0.05);
        var s = Prepare(ctx, region: ctx.RegionIndex("ALA"), synthesize: true, out var row);
        var cbr = ctx.CrudeBirthRatePer1000.At(Month);
        var expected = cbr / 12000 * row.PopulationEnd; // g·TFR·Σ share/12 = CBR/12·N by construction of g
        var womenAtTfrOne = 0.0;
        for (var age = 0; age < RegionCensus.Ages; age++)
        {
            womenAtTfrOne += s.Census.AgeSex[RegionCensus.Ages + age] * ctx.Fertility.Share(age) / 12;
        }

        Assert.Equal(womenAtTfrOne, row.FertilityExposure, 9);
        var before = s.People.Count;
        DemographyProcess.Run(s);
        var sd = Math.Sqrt(expected);
        Assert.InRange(s.Row.Births, expected - (4 * sd), expected + (4 * sd));
        Assert.Equal(before + s.Row.Births, s.People.Count);
        Assert.Equal(cbr / 12000 * row.PopulationEnd / (ctx.Tfr.At(Month) * womenAtTfrOne), s.Row.FertilityScale, 12);
        var newborn = s.People.Get(s.People.Count - 1);
        Assert.Equal(Month.ToCompact(), newborn.BirthMonth);
        Assert.Equal(Citizenship.KZ, newborn.Citizenship);
        Assert.Equal(LegalStatus.Citizen, newborn.Status);
        Assert.Equal(Activity.Child, newborn.Activity);
    }

    [Fact]
    public void A_cohort_dies_at_the_scaled_schedule_rate_young_and_old()
    {
        var ctx = Shared.Context(0.0001);
        var s = Prepare(ctx, 0, synthesize: false, out _, scale: 1.5, cohort: [(Sex.Male, 70, 100_000), (Sex.Female, 90, 20_000)]);
        DemographyProcess.Run(s);
        var expected = (100_000 * Math.Min(1, 1.5 * ctx.Mortality.Monthly(Sex.Male, 70)))
            + (20_000 * Math.Min(1, 1.5 * ctx.Mortality.Monthly(Sex.Female, 90)));
        var sd = Math.Sqrt(expected);
        Assert.Equal(1.5, s.Row.MortalityScale, 9);
        Assert.InRange(s.Row.Deaths, expected - (4 * sd), expected + (4 * sd));
        Assert.Equal(s.Row.Deaths, s.Removed.Count);
    }

    /// <summary>
    /// A region state ready to run the demography process in <see cref="Month"/>: its census done and last month's
    /// national indicators set so the mortality scale is <paramref name="scale"/> (or matches the CDR exactly).
    /// </summary>
    internal static RegionState Prepare(ModelContext ctx, int region, bool synthesize, out RegionMonthIndicators row,
        double scale = 0, (Sex Sex, int Age, int Count)[]? cohort = null)
    {
        var s = new RegionState(ctx, region) { Month = Month };
        if (synthesize)
        {
            PopulationSynthesizer.Synthesize(s);
        }

        foreach (var (sex, age, count) in cohort ?? [])
        {
            for (var k = 0; k < count; k++)
            {
                s.People.Append(new PersonRecord(s.NewId(), (short)(Month.ToCompact() - (age * 12) - 3), sex, Citizenship.KZ,
                    LegalStatus.Citizen, Profession.Other, Activity.Retired, PersonFlags.None, PersonTable.NoMonth, PersonTable.NoMonth));
            }
        }

        row = default;
        row.RegionIndex = region;
        s.Census.Run(s, Month, applyTransitions: false, ref row);
        row.PopulationEnd = s.People.Count;
        if (scale > 0)
        {
            // k = CDR/12000 · N / E  ⇒  choose N so that k = scale.
            row.PopulationEnd = (long)Math.Round(scale * row.MortalityExposure * 12000 / ctx.CrudeDeathRatePer1000.At(Month) * 1e6);
            row.MortalityExposure *= 1e6;
        }

        var rows = new RegionMonthIndicators[ctx.RegionCount];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i].RegionIndex = i;
        }

        rows[region] = row;
        s.National = NationalIndicators.Aggregate(rows);
        s.Levers = ctx.LeversAt(Month);
        s.Row = default;
        return s;
    }
}
