using FsCheck;
using FsCheck.Fluent;
using Sim.Model.Engine;
using Sim.Model.Population;

namespace Sim.Model.Tests.Engine;

public sealed class EngineTests
{
    [Fact]
    public void Accounting_identity_holds_exactly_for_every_region_and_month()
    {
        var scales = Gen.Elements(0.0005, 0.001, 0.002);
        var seeds = Gen.Choose(1, 1_000_000);
        var files = Gen.Elements("baseline.yaml", "mobilisation-2022.yaml", "concept-2030.yaml");
        Prop.ForAll(scales.ToArbitrary(), seeds.ToArbitrary(), files.ToArbitrary(), (scale, seed, file) =>
        {
            var driver = new SequentialDriver(Shared.Context(scale, (ulong)seed, file));
            var previous = driver.Regions.Select(r => r.Indicators.PopulationEnd).ToArray();
            for (var m = 0; m < 10; m++)
            {
                var outcome = driver.Step();
                foreach (var r in outcome.Regions)
                {
                    var flows = r.PopulationStart + r.Births - r.Deaths + r.Arrivals - r.Departures + r.MovesIn - r.MovesOut;
                    if (flows != r.PopulationEnd || r.PopulationStart != previous[r.RegionIndex]
                        || r.PopulationEnd != driver.Regions[r.RegionIndex].People.Count)
                    {
                        return false;
                    }

                    previous[r.RegionIndex] = r.PopulationEnd;
                }

                var movesOut = outcome.Regions.Sum(r => r.MovesOut);
                if (movesOut != outcome.Regions.Sum(r => r.MovesIn) || movesOut != outcome.Flows.Sum(f => f.Count))
                {
                    return false;
                }
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(8).WithReplay(new Replay(new Rnd(20230101UL), Microsoft.FSharp.Core.FSharpOption<int>.None)));
    }

    [Fact]
    public void Same_seed_gives_identical_indicators_and_person_columns()
    {
        var a = Run(0.002, 5, 8, parallel: false);
        var b = Run(0.002, 5, 8, parallel: true);
        Assert.Equal(a.Rows, b.Rows);
        for (var r = 0; r < a.Driver.Regions.Count; r++)
        {
            var x = a.Driver.Regions[r].People;
            var y = b.Driver.Regions[r].People;
            Assert.True(x.Id.SequenceEqual(y.Id));
            Assert.True(x.BirthMonth.SequenceEqual(y.BirthMonth));
            Assert.True(x.Status.SequenceEqual(y.Status));
            Assert.True(x.Activity.SequenceEqual(y.Activity));
            Assert.True(x.Flags.SequenceEqual(y.Flags));
            Assert.True(x.StatusExpiry.SequenceEqual(y.StatusExpiry));
        }
    }

    [Fact]
    public void Different_seeds_give_different_runs()
    {
        var a = Run(0.002, 5, 3, parallel: true);
        var b = Run(0.002, 6, 3, parallel: true);
        Assert.NotEqual(a.Rows, b.Rows);
    }

    [Fact]
    public void Receive_order_of_batches_does_not_change_the_result()
    {
        var ctx = Shared.Context(0.002, 77);
        var normal = new SequentialDriver(ctx);
        var regions = Enumerable.Range(0, ctx.RegionCount).Select(r => RegionSimulation.Create(ctx, r)).ToArray();
        var national = MonthProtocol.Initial(regions);
        for (var m = 0; m < 4; m++)
        {
            var month = ctx.Start.AddMonths(m);
            var expected = normal.Step();
            var results = regions.Select(r => r.Advance(month, national)).ToArray();
            var routed = MonthProtocol.Route(results.Reverse(), ctx.RegionCount);
            var rows = new RegionMonthIndicators[ctx.RegionCount];
            for (var r = ctx.RegionCount - 1; r >= 0; r--)
            {
                var shuffled = routed[r].OrderByDescending(b => b.SourceRegion * 7919 % 13).ToList();
                rows[r] = regions[r].Receive(shuffled);
            }

            national = NationalIndicators.Aggregate(rows);
            Assert.Equal(expected.Regions, rows);
            Assert.True(results.Sum(x => x.Outgoing.Count) > 0);
        }

        for (var r = 0; r < ctx.RegionCount; r++)
        {
            Assert.True(normal.Regions[r].People.Id.SequenceEqual(regions[r].People.Id));
        }
    }

    [Fact]
    public void Canonical_order_sorts_by_source_then_id_and_rejects_bad_batches()
    {
        var b1 = new MoverBatch(5, 2, 0, 4);
        var b2 = new MoverBatch(1, 2, 0, 4);
        foreach (var id in new long[] { 40, 10, 30 })
        {
            b1.Add(new PersonRecord(id, 0, Sex.Male, Citizenship.KZ, LegalStatus.Citizen, Profession.It, Activity.Employed, PersonFlags.Gone, 0, 0));
        }

        b2.Add(new PersonRecord(99, 0, Sex.Male, Citizenship.KZ, LegalStatus.Citizen, Profession.It, Activity.Employed, PersonFlags.None, 0, 0));
        var order = MonthProtocol.CanonicalOrder([b1, b2], 2);
        Assert.Equal(new long[] { 99, 10, 30, 40 }, order.Select(o => o.Batch.Id[o.Row]).ToArray());
        Assert.Equal(0, b1.Flags[0] & (byte)PersonFlags.Gone);
        Assert.Throws<ArgumentException>(() => MonthProtocol.CanonicalOrder([b1], 3));
        var dup = new MoverBatch(6, 2, 0, 1);
        dup.Add(b1.Get(0));
        Assert.Throws<ArgumentException>(() => MonthProtocol.CanonicalOrder([b1, dup], 2));
    }

    [Fact]
    public void The_protocol_is_enforced()
    {
        var ctx = Shared.Context(0.0005);
        var region = RegionSimulation.Create(ctx, 0);
        var national = MonthProtocol.Initial(Enumerable.Range(0, ctx.RegionCount).Select(r => RegionSimulation.Create(ctx, r)));
        Assert.Throws<InvalidOperationException>(() => region.Receive([]));
        Assert.Throws<InvalidOperationException>(() => region.Advance(ctx.Start.AddMonths(1), national));
        region.Advance(ctx.Start, national);
        Assert.Throws<InvalidOperationException>(() => region.Advance(ctx.Start.AddMonths(1), national));
        region.Receive([]);
        Assert.Equal(ctx.Start.AddMonths(1), region.NextMonth);
    }

    [Fact]
    public void Persons_can_be_inspected_with_their_history()
    {
        var (driver, _) = Run(0.002, 9, 6, parallel: true);
        var region = driver.Regions[driver.Context.RegionIndex("ALA")];
        var newborn = -1L;
        var people = region.People;
        for (var i = 0; i < people.Count && newborn < 0; i++)
        {
            if (people.BirthMonth[i] >= driver.Context.Start.ToCompact())
            {
                newborn = people.Id[i];
            }
        }

        Assert.True(region.TryGetPerson(newborn, out var profile));
        Assert.Equal("ALA", profile.RegionCode);
        Assert.Equal(0, profile.AgeYears);
        Assert.Equal(LegalStatus.Citizen, profile.Status);
        var history = region.History(newborn);
        Assert.Equal(PersonEventKind.Birth, history[0].Kind);
        Assert.Equal(profile.BirthMonth, history[0].Month);
        Assert.False(region.TryGetPerson(-5, out _));
    }

    [Fact]
    public void Baseline_at_small_scale_gives_plausible_national_totals_for_2023()
    {
        var (driver, rows) = Run(0.005, 20230101, 12, parallel: true);
        var w = driver.Context.Weight;
        var births = rows.Sum(r => r.Births) * w;
        var deaths = rows.Sum(r => r.Deaths) * w;
        var moves = rows.Sum(r => r.MovesOut) * w;
        var end = driver.National.Total.PopulationEnd * w;
        Assert.InRange(births, 388_428 * 0.85, 388_428 * 1.15); // BNS 2023: 388,428
        Assert.InRange(deaths, 130_686 * 0.9, 130_686 * 1.1); // BNS 2023: 130,686
        Assert.InRange(end, 19_766_807 * 1.0, 19_766_807 * 1.03); // BNS 1 Jan 2023, growth ~1.3% a year
        Assert.InRange(moves, 250_000, 500_000);
        var net = (string code) => rows.Where(r => r.RegionIndex == driver.Context.RegionIndex(code)).Sum(r => r.MovesIn - r.MovesOut);
        Assert.True(net("ALA") > 0 && net("AST") > 0, "Almaty and Astana gain from internal migration");
        Assert.InRange(driver.National.Total.UnemploymentRate, 0.03, 0.07);
    }

    private static (SequentialDriver Driver, List<RegionMonthIndicators> Rows) Run(double scale, ulong seed, int months, bool parallel)
    {
        var driver = new SequentialDriver(Shared.Context(scale, seed), parallel);
        var rows = new List<RegionMonthIndicators>();
        for (var m = 0; m < months; m++)
        {
            rows.AddRange(driver.Step().Regions);
        }

        return (driver, rows);
    }
}
