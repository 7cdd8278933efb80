using Sim.Model.Engine;
using Sim.Model.Population;
using Sim.Model.Processes;
using Sim.Model.Scenarios;

namespace Sim.Model.Tests.Processes;

/// <summary>
/// The legal-status levers the 2023 findings said were not represented, on hand-built cohorts whose expected counts
/// follow from the rates alone: enforcement aimed at citizenships and the Article 49 income test.
/// </summary>
public sealed class LegalStatusLeverTests
{
    private static readonly YearMonth Month = new(2025, 6);

    [Theory]
    [InlineData(Citizenship.UZ, 4.0)]
    [InlineData(Citizenship.RU, 1.0)]
    public void Enforcement_aimed_at_a_citizenship_multiplies_its_detection_only(Citizenship cohort, double multiplier)
    {
        // 20,000 irregular persons of one citizenship; enforcement aimed at Uzbeks (×4), Russians not named (×1).
        var scenario = Shared.Baseline;
        var aimed = scenario.Levers.Enforcement.At(Month) with
        {
            DetectionMultiplierByCitizenship = new Dictionary<string, double>(StringComparer.Ordinal) { ["UZ"] = 4 },
        };
        var s = Prepare(scenario, aimed, scenario.LegalStatus, [(cohort, LegalStatus.Irregular, PersonFlags.None, 20_000)]);
        LegalStatusProcess.Run(s);

        var rate = aimed.DetectionRate * multiplier;
        var sd = Math.Sqrt(20_000 * rate * (1 - rate));
        Assert.InRange(s.Row.Detected, (20_000 * rate) - (4 * sd), (20_000 * rate) + (4 * sd));
        var deported = aimed.DeportationShare * 20_000 * rate;
        Assert.InRange(s.Row.Deported, deported - (4 * Math.Sqrt(deported)), deported + (4 * Math.Sqrt(deported)));
    }

    [Fact]
    public void A_zero_multiplier_for_every_citizenship_detects_no_one()
    {
        var scenario = Shared.Baseline;
        var none = scenario.Levers.Enforcement.At(Month) with
        {
            DetectionMultiplierByCitizenship = Names.OriginKeys.ToDictionary(k => k, _ => 0.0, StringComparer.Ordinal),
        };
        var s = Prepare(scenario, none, scenario.LegalStatus,
            [(Citizenship.UZ, LegalStatus.Irregular, PersonFlags.None, 5_000), (Citizenship.KG, LegalStatus.Irregular, PersonFlags.None, 5_000)]);
        LegalStatusProcess.Run(s);
        Assert.Equal(0, s.Row.Detected);
        Assert.Equal(0, s.Row.Deported);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.5)]
    [InlineData(0.0)]
    public void The_income_test_for_permanent_residence_refuses_all_but_in_demand_permit_holders(double solvency)
    {
        // 20,000 residence-permit holders expiring this month, half of them holding the in-demand permit.
        var scenario = Shared.Baseline;
        var rules = scenario.LegalStatus with { SolvencyShare = solvency };
        var s = Prepare(scenario, scenario.Levers.Enforcement.At(Month), rules,
        [
            (Citizenship.OTHER, LegalStatus.TemporaryResidence, PersonFlags.InDemandPermit, 10_000),
            (Citizenship.OTHER, LegalStatus.TemporaryResidence, PersonFlags.None, 10_000),
        ]);
        LegalStatusProcess.Run(s);

        int Permanent(bool inDemand) => Enumerable.Range(0, s.People.Count).Count(i =>
            s.People.Status[i] == (byte)LegalStatus.PermanentResidence
            && ((PersonFlags)s.People.Flags[i]).HasFlag(PersonFlags.InDemandPermit) == inDemand);
        void Near(double p, int observed)
        {
            var sd = Math.Sqrt(10_000 * p * (1 - p));
            Assert.InRange(observed, (10_000 * p) - (4 * sd), (10_000 * p) + (4 * sd));
        }

        Near(rules.PermanentOnExpiryShare, Permanent(inDemand: true)); // exempt: the calibrated share whatever the test
        Near(rules.PermanentOnExpiryShare * solvency, Permanent(inDemand: false));
    }

    private static RegionState Prepare(Scenario scenario, EnforcementLever enforcement, LegalStatusParameters rules,
        (Citizenship Citizenship, LegalStatus Status, PersonFlags Flags, int Count)[] cohort)
    {
        var ctx = ModelContext.Create((scenario with { LegalStatus = rules }).WithScale(0.001).WithSeed(77));
        var s = new RegionState(ctx, ctx.RegionIndex("AST")) { Month = Month };
        foreach (var (citizenship, status, flags, count) in cohort)
        {
            for (var k = 0; k < count; k++)
            {
                s.People.Append(new PersonRecord(s.NewId(), (short)(Month.ToCompact() - (30 * 12)), Sex.Male, citizenship,
                    status, Profession.Other, Activity.Unemployed, flags, PersonTable.NoMonth, Month.ToCompact()));
            }
        }

        RegionMonthIndicators row = default;
        row.RegionIndex = s.Region;
        s.Census.Run(s, Month, applyTransitions: false, ref row);
        s.Levers = ctx.LeversAt(Month) with { Enforcement = enforcement };
        s.Row = default;
        return s;
    }
}
