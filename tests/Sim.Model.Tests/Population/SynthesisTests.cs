using Sim.Model.Engine;
using Sim.Model.Population;

namespace Sim.Model.Tests.Population;

public sealed class SynthesisTests
{
    [Fact]
    public void Regions_start_with_the_scaled_population_of_the_start_month()
    {
        var ctx = Shared.Context(0.002);
        for (var r = 0; r < ctx.RegionCount; r++)
        {
            var region = RegionSimulation.Create(ctx, r);
            Assert.Equal(Math.Round(ctx.Regions[r].Population2023 * 0.002), region.People.Count);
            Assert.Equal(region.People.Count, region.Indicators.PopulationEnd);
            Assert.Equal(new YearMonth(2022, 12), new YearMonth(region.Indicators.Year, region.Indicators.Month));
        }
    }

    [Fact]
    public void Marginals_of_age_sex_activity_and_urban_share_are_reproduced()
    {
        var ctx = Shared.Context(0.02);
        var region = RegionSimulation.Create(ctx, ctx.RegionIndex("KAR"));
        var people = region.People;
        var start = ctx.Start.ToCompact();
        int children = 0, women = 0, urban = 0, labour = 0, unemployed = 0, citizens = 0;
        for (var i = 0; i < people.Count; i++)
        {
            var age = (start - people.BirthMonth[i]) / 12;
            children += age < 15 ? 1 : 0;
            women += people.Sex[i] == (byte)Sex.Female ? 1 : 0;
            urban += ((PersonFlags)people.Flags[i]).HasFlag(PersonFlags.Urban) ? 1 : 0;
            citizens += people.Status[i] == (byte)LegalStatus.Citizen ? 1 : 0;
            if (people.Status[i] == (byte)LegalStatus.Citizen && people.Activity[i] is (byte)Activity.Employed or (byte)Activity.Unemployed)
            {
                labour++;
                unemployed += people.Activity[i] == (byte)Activity.Unemployed ? 1 : 0;
            }

            Assert.True(age >= 0);
            if (age < ctx.Scenario.Population.SchoolAgeYears && people.Status[i] == (byte)LegalStatus.Citizen)
            {
                Assert.Equal((byte)Activity.Child, people.Activity[i]);
            }
        }

        double n = people.Count;
        Assert.InRange(children / (double)citizens, 0.295 - 0.01, 0.295 + 0.01);
        Assert.InRange(women / n, 0.47, 0.53);
        Assert.InRange(urban / n, 0.813 - 0.015, 0.813 + 0.015); // Karaganda urban share 81.3% (BNS)
        Assert.InRange(unemployed / (double)labour, 0.044 - 0.008, 0.044 + 0.008); // Karaganda unemployment 4.4%
        Assert.InRange(region.Indicators.UnemploymentRate, 0.03, 0.06);
        Assert.True(citizens < people.Count); // the foreign stock settled here
    }

    [Fact]
    public void Ids_are_unique_deterministic_and_carry_the_region()
    {
        var ctx = Shared.Context(0.001);
        var ids = new HashSet<long>();
        for (var r = 0; r < ctx.RegionCount; r++)
        {
            var a = RegionSimulation.Create(ctx, r);
            var b = RegionSimulation.Create(ctx, r);
            Assert.True(a.People.Id.SequenceEqual(b.People.Id));
            Assert.True(a.People.BirthMonth.SequenceEqual(b.People.BirthMonth));
            foreach (var id in a.People.Id)
            {
                Assert.True(ids.Add(id));
                Assert.Equal(r + 1, id >> 40);
            }
        }
    }

    [Fact]
    public void Foreign_stock_follows_the_scenario_by_citizenship()
    {
        var ctx = Shared.Context(0.01);
        var russians = 0L;
        for (var r = 0; r < ctx.RegionCount; r++)
        {
            var region = RegionSimulation.Create(ctx, r);
            foreach (var c in region.People.Citizenship)
            {
                russians += c == (byte)Citizenship.RU ? 1 : 0;
            }
        }

        Assert.InRange(russians, 100_000 * 0.01 * 0.97, 100_000 * 0.01 * 1.03);
    }
}
