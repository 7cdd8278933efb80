using Sim.Model.Engine;
using Sim.Model.Population;

namespace Sim.Model.Tests.Engine;

/// <summary>
/// The census's lists against a plain row-by-row reading of the table: full 32-row blocks (vector compares) and
/// the partial last block (row by row) must find the same rows in the same order.
/// </summary>
public sealed class RegionCensusTests
{
    [Fact]
    public void The_lists_hold_exactly_the_rows_a_plain_scan_finds_in_row_order()
    {
        var ctx = Shared.Context(0.002);
        var s = new RegionState(ctx, ctx.RegionIndex("ALA")) { Month = ctx.Start };
        PopulationSynthesizer.Synthesize(s);
        var next = ctx.Start.AddMonths(1);
        var nextCompact = next.ToCompact();

        // An elderly unemployed Russian worker in the partial last block, after enough rows that it is partial.
        while (s.People.Count % CensusBlock.Rows != 7)
        {
            s.People.Append(new PersonRecord(s.NewId(), (short)(nextCompact - (85 * 12)), Sex.Male, Citizenship.RU, LegalStatus.WorkPermit,
                Profession.TradeServices, Activity.Unemployed, PersonFlags.None, PersonTable.NoMonth, PersonTable.NoMonth));
        }

        var row = default(RegionMonthIndicators);
        s.Census.Run(s, next, applyTransitions: false, ref row);

        var people = s.People;
        var rows = Enumerable.Range(0, people.Count).ToArray();
        Assert.Equal(rows.Where(i => people.Status[i] != (byte)LegalStatus.Citizen), s.Census.Foreigners);
        Assert.Equal(rows.Where(i => nextCompact - people.BirthMonth[i] >= RegionCensus.ElderlyAge * 12), s.Census.Elderly);
        for (var prof = 0; prof < Names.ProfessionCount; prof++)
        {
            Assert.Equal(rows.Where(i => people.Activity[i] == (byte)Activity.Unemployed && people.Profession[i] == prof), s.Census.Seekers[prof]);
        }

        Assert.Equal(rows.Count(i => people.Citizenship[i] == (byte)Citizenship.RU && people.Status[i] != 0), row.RussiansPresent);
        Assert.Equal(rows.Count(i => people.Status[i] == (byte)LegalStatus.WorkPermit), row.WorkPermitHolders);
        Assert.Contains(people.Count - 1, s.Census.Elderly);
        Assert.NotEmpty(s.Census.Foreigners);
    }

    [Fact]
    public void Birthday_transitions_are_applied_across_block_edges_before_the_seekers_are_listed()
    {
        var ctx = Shared.Context(0.002);
        var p = ctx.Scenario.Population;
        var s = new RegionState(ctx, ctx.RegionIndex("AST")) { Month = ctx.Start };
        var next = ctx.Start.AddMonths(1);
        var born = (int age) => (short)(next.ToCompact() - (age * 12));

        // 70 rows: a child turning school age at rows 31 and 32 (either side of the first block edge) and in the
        // partial last block, a man reaching retirement while unemployed at row 33, others of no transition age.
        for (var i = 0; i < 70; i++)
        {
            var (birth, activity) = i switch
            {
                31 or 32 or 69 => (born(p.SchoolAgeYears), Activity.Child),
                33 => (born(p.RetirementAgeMenYears), Activity.Unemployed),
                _ => ((short)(born(40) - 1), i % 2 == 0 ? Activity.Unemployed : Activity.Employed),
            };
            s.People.Append(new PersonRecord(s.NewId(), birth, Sex.Male, Citizenship.KZ, LegalStatus.Citizen,
                Profession.It, activity, PersonFlags.None, PersonTable.NoMonth, PersonTable.NoMonth));
        }

        var row = default(RegionMonthIndicators);
        s.Census.Run(s, next, applyTransitions: true, ref row);

        Assert.All(new[] { 31, 32, 69 }, i => Assert.Equal((byte)Activity.Student, s.People.Activity[i]));
        Assert.Equal((byte)Activity.Retired, s.People.Activity[33]);

        // Row 33 left the seekers with its birthday: the even rows but 32 stay (34), the stock before counts 35.
        var unemployed = Enumerable.Range(0, 70).Where(i => i % 2 == 0 && i != 32).ToArray();
        Assert.Equal(34, unemployed.Length);
        Assert.Equal(unemployed, s.Census.Seekers[(int)Profession.It]);
        Assert.Equal(34, s.Census.Unemployed);
        Assert.Equal(35, row.Unemployed);
    }
}
