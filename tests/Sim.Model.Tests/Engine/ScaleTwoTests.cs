using Sim.Model.Engine;
using Sim.Model.Scenarios;

namespace Sim.Model.Tests.Engine;

/// <summary>
/// Scale 2 (two agents per person, weight 0.5): the bound, synthesis and a few months' accounting of one region.
/// The whole country at scale 2 is 40M agents, too many for a unit test; the smallest region shows the same code paths.
/// </summary>
public sealed class ScaleTwoTests
{
    [Fact]
    public void Scale_two_is_the_largest_scale_the_scenario_takes()
    {
        Assert.Equal(2, Shared.Baseline.WithScale(2).Population.Scale);
        Assert.Throws<ArgumentOutOfRangeException>(() => Shared.Baseline.WithScale(2.0001));
        Assert.Throws<ArgumentOutOfRangeException>(() => Shared.Baseline.WithScale(double.NaN));
        Assert.True(PopulationParameters.IsAllowedScale(PopulationParameters.MaxScale));
        Assert.False(PopulationParameters.IsAllowedScale(0));
    }

    [Fact]
    public void A_region_at_scale_two_has_twice_the_persons_as_agents_and_keeps_its_accounts_month_by_month()
    {
        var ctx = Shared.Context(2, 20230101);
        var region = Enumerable.Range(0, ctx.RegionCount).MinBy(r => ctx.StartPopulation[r]);
        var simulation = RegionSimulation.Create(ctx, region);

        // Synthesis: round(persons x 2) agents, each standing for half a person.
        Assert.Equal((int)Math.Round(ctx.StartPopulation[region] * 2), simulation.People.Count);
        Assert.Equal(0.5, simulation.Indicators.Weight);
        Assert.Equal(0.5, ctx.Weight);

        var rows = new RegionMonthIndicators[ctx.RegionCount];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i].RegionIndex = i;
        }

        rows[region] = simulation.Indicators;
        var previous = simulation.Indicators.PopulationEnd;
        for (var m = 0; m < 3; m++)
        {
            var result = simulation.Advance(ctx.Start.AddMonths(m), NationalIndicators.Aggregate(rows));
            var row = simulation.Receive([]);

            Assert.Equal(previous, row.PopulationStart);
            Assert.Equal(row.PopulationStart + row.Births - row.Deaths + row.Arrivals - row.Departures - row.MovesOut, row.PopulationEnd);
            Assert.Equal(row.PopulationEnd, simulation.People.Count);
            Assert.Equal(row.MovesOut, result.Outgoing.Sum(b => b.Count));
            Assert.Equal(row.MovesOut, result.Flows.Sum(f => f.Count));
            Assert.True(row.Births > 0 && row.Deaths > 0, $"month {m}: {row.Births} births, {row.Deaths} deaths among {row.PopulationStart} agents");
            Assert.Equal(0.5, row.Weight);
            previous = row.PopulationEnd;
            rows[region] = row;
        }

        Assert.Equal(simulation.People.Count, simulation.People.Id.ToArray().Distinct().Count());
    }
}
