using Sim.Model.Engine;

namespace Sim.Model.Tests.Engine;

/// <summary>Each lever and shock moves the indicators it should, against the baseline with the same seed.</summary>
public sealed class ScenarioEffectTests
{
    [Fact]
    public void In_demand_permits_start_when_the_order_takes_effect()
    {
        // Scale 0.05: at 0.01 the 1,500-a-year quota is under one permit a year in most regions.
        var months = Run("baseline.yaml", 0.05, 12);
        Assert.All(months.Where(m => m.Month < new YearMonth(2023, 3)), m => Assert.Equal(0, m.National.Total.PermitsInDemand));
        var perYear = months.Sum(m => m.National.Total.PermitsInDemand) / 0.05 * 12 / 10.0; // ten months in force
        Assert.InRange(perYear, 300, 1500 * 1.3); // within the 1,500-a-year quota (base.yaml), far below 14.5k employer permits
        Assert.All(months, m => Assert.Equal(0, m.National.Total.PermitsScientific));
    }

    [Fact]
    public void The_scientific_visa_is_issued_within_its_quota()
    {
        var months = Run("concept-2023-2027.yaml", 0.05, 36);
        var issued = months.Sum(m => m.National.Total.PermitsScientific);
        Assert.True(issued > 0);
        Assert.True(issued <= 100 * 0.05 * 3, $"{issued} visas over three years against the decree's 100 a year (500 over 2023-2027) at scale 0.05");
    }

    [Fact]
    public void Enforcement_from_2025_detects_and_deports_more()
    {
        var baseline = Run("baseline.yaml", 0.01, 36);
        var enforcement = Run("enforcement-2025.yaml", 0.01, 36);
        long Sum(IEnumerable<MonthOutcome> o, Func<RegionMonthIndicators, long> f, int year) =>
            o.Where(m => m.Month.Year == year).Sum(m => f(m.National.Total));
        Assert.Equal(Sum(baseline, r => r.Detected, 2024), Sum(enforcement, r => r.Detected, 2024)); // identical before 2025
        Assert.True(Sum(enforcement, r => r.Detected, 2025) > 2 * Sum(baseline, r => r.Detected, 2025));
        Assert.True(Sum(enforcement, r => r.Deported, 2025) > 2 * Sum(baseline, r => r.Deported, 2025));
    }

    [Fact]
    public void A_shorter_entry_ban_lets_deportees_back_and_a_longer_one_refuses_them()
    {
        // 2023-01 to 2026-12 with the 2025 package; the ban of every deportation set to 0, 1 or 5 years.
        var months = new Dictionary<int, List<MonthOutcome>>();
        using var folder = new TempFolder("ban");
        foreach (var years in new[] { 0, 1, 5 })
        {
            var file = folder.Write($"ban-{years}.yaml", $$"""
                # test: enforcement-2025 with a {{years}}-year entry ban
                name: ban-{{years}}
                extends: {{RepositoryPaths.Scenario("enforcement-2025.yaml")}}
                levers:
                  enforcement:
                    2023-01: {entry_ban_years: {{years}}}
                    2025-01: {entry_ban_years: {{years}}}
                """);
            var context = ModelContext.Create(Sim.Scenarios.ScenarioLoader.Load(file).WithScale(0.02).WithSeed(4242));
            var driver = new SequentialDriver(context, parallel: true);
            months[years] = Enumerable.Range(0, 48).Select(_ => driver.Step()).ToList();
        }

        long Total(int years, Func<RegionMonthIndicators, long> f) => months[years].Sum(m => f(m.National.Total));
        var deported = Total(5, r => r.Deported);
        Assert.True(deported > 100, $"{deported} deportations");

        // Of those who try (30%, mean 12 months), within a 5-year ban every attempt of a 4-year run is refused.
        Assert.Equal(0, Total(5, r => r.DeporteeReturns));
        Assert.InRange(Total(5, r => r.EntryBans), 0.3 * deported * 0.3, 0.3 * deported * 1.0);

        // With no ban nobody is refused; the returns are the 30% who try, less attempts falling after the run.
        Assert.Equal(0, Total(0, r => r.EntryBans));
        Assert.InRange(Total(0, r => r.DeporteeReturns), 0.3 * Total(0, r => r.Deported) * 0.3, 0.3 * Total(0, r => r.Deported) * 1.0);

        // A 1-year ban refuses attempts in the first year, (11/12)^12 = 35% of attempts come later: between the two.
        Assert.InRange(Total(1, r => r.DeporteeReturns), 1, Total(0, r => r.DeporteeReturns) - 1);
        Assert.True(Total(1, r => r.EntryBans) > 0);
        Assert.True(Total(1, r => r.Arrivals) > Total(5, r => r.Arrivals), "returning deportees add to arrivals");
    }

    [Fact]
    public void The_relocation_programme_moves_from_surplus_to_shortage_regions()
    {
        var baseline = Run("baseline.yaml", 0.01, 36);
        var relocation = Run("relocation.yaml", 0.01, 36);
        var ctx = Shared.Context(0.01);
        var origins = new[] { "MAN", "KZY", "ZHA", "ALM", "TUR", "SHY" }.Select(ctx.RegionIndex).ToHashSet();
        var destinations = new[] { "PAV", "SKO", "KUS", "VKO", "ABA", "AKM", "ULY", "KAR" }.Select(ctx.RegionIndex).ToHashSet();
        var programme = relocation.SelectMany(m => m.Flows).Where(f => f.Group == FlowGroup.RelocationProgramme).ToList();
        Assert.NotEmpty(programme);
        Assert.All(programme, f =>
        {
            Assert.Contains(f.OriginRegion, origins);
            Assert.Contains(f.DestinationRegion, destinations);
        });
        long In2025(IEnumerable<MonthOutcome> o) => o.Where(m => m.Month.Year == 2025).Sum(m => m.National.Total.RelocationProgrammeMoves);
        // Twice the quota at the same uptake: about twice the baseline's programme moves, not the 4.6x of a leak.
        Assert.InRange(In2025(relocation), 1.4 * In2025(baseline), 2.8 * In2025(baseline));
        Assert.InRange(In2025(baseline) / 0.01, 7344 * 0.4 * 0.6, 7344 * 0.4 * 1.4); // 2025 quota x uptake, persons a year
        Assert.Equal(
            relocation.Sum(m => m.National.Total.RelocationProgrammeMoves),
            programme.Sum(f => (long)f.Count));
    }

    [Fact]
    public void Halving_the_investor_threshold_grants_more_investor_permits()
    {
        var baseline = Run("baseline.yaml", 0.02, 36);
        var halved = Run("investor-threshold-halved.yaml", 0.02, 36);
        long Sum(IEnumerable<MonthOutcome> o, int year) => o.Where(m => m.Month.Year == year).Sum(m => m.National.Total.PermitsInvestor);
        Assert.Equal(Sum(baseline, 2024), Sum(halved, 2024)); // identical before 2025
        // Qualifying share min(1, (300k/threshold)^1.5): 2^1.5 = 2.8 times as many at most, more than 1.5 times here.
        Assert.InRange(Sum(halved, 2025), 1.5 * Sum(baseline, 2025), (2.83 * Sum(baseline, 2025)) + 10);
    }

    [Fact]
    public void Enforcement_aimed_at_citizenships_detects_more_of_them()
    {
        // Detection of the baseline (1% a month) aimed at Uzbeks only, or at every citizenship, ×4 over 2023-2024.
        var baseline = Run("baseline.yaml", 0.05, 24);
        var uzbeks = RunWith("aimed-uz", "baseline.yaml", "levers: {enforcement: {2023-01: {detection_multiplier_by_citizenship: {UZ: 4}}}}", 0.05, 24);
        var every = RunWith("aimed-all", "baseline.yaml",
            "levers: {enforcement: {2023-01: {detection_multiplier_by_citizenship: {KZ: 4, RU: 4, UZ: 4, KG: 4, TJ: 4, CN: 4, OTHER: 4}}}}", 0.05, 24);
        long Detected(IEnumerable<MonthOutcome> o) => o.Sum(m => m.National.Total.Detected);

        // Every citizenship ×4: detection d·S of an irregular stock S = inflow/(d + e(1 − d)) (e = 5% exit a month) is
        // 4× at first and 0.04/(0.04 + 0.048) ÷ 0.01/(0.01 + 0.0495) = 2.7× in the steady state (d = 1% → 4%).
        Assert.InRange(Detected(every), 2.0 * Detected(baseline), 4.0 * Detected(baseline));
        Assert.InRange(Detected(uzbeks), Detected(baseline) + 1, Detected(every) - 1);
    }

    [Fact]
    public void Enforcement_aimed_at_one_citizenship_raises_its_detection_column_only()
    {
        var baseline = Run("baseline.yaml", 0.05, 24);
        var uzbeks = RunWith("aimed-uz-column", "baseline.yaml", "levers: {enforcement: {2023-01: {detection_multiplier_by_citizenship: {UZ: 4}}}}", 0.05, 24);
        long Sum(IEnumerable<MonthOutcome> o, Func<RegionMonthIndicators, long> f) => o.Sum(m => f(m.National.Total));
        long Others(RegionMonthIndicators r) => r.DetectedRu + r.DetectedKg + r.DetectedTj + r.DetectedCn + r.DetectedOther;

        // The columns split `detected` by citizenship (citizens are never irregular).
        Assert.All(uzbeks.Concat(baseline), m => Assert.Equal(m.National.Total.Detected, m.National.Total.DetectedUz + Others(m.National.Total)));

        // ×4 on Uzbeks: 2.7-4 times their detections (as every citizenship ×4 above); the others are the same
        // persons under the same rate, so they differ by chance only: within four standard deviations of a difference
        // of two Poisson counts, 4·√(a + b).
        Assert.InRange(Sum(uzbeks, r => r.DetectedUz), 2.0 * Sum(baseline, r => r.DetectedUz), 4.0 * Sum(baseline, r => r.DetectedUz));
        var (othersAimed, othersBase) = (Sum(uzbeks, Others), Sum(baseline, Others));
        Assert.True(othersBase > 0);
        Assert.InRange(othersAimed - othersBase, -4 * Math.Sqrt(othersAimed + othersBase), 4 * Math.Sqrt(othersAimed + othersBase));
    }

    [Fact]
    public void Automated_border_control_clears_the_september_2022_queue()
    {
        // base.yaml admits 14,000 Russians a day; September 2022's 150,000 seek entry from the 21st, with 5,000·10/30
        // regular arrivals: 151,667 in 10 days against 140,000 leaves 11,667 waiting on 30 September (documented
        // range 0-31,667 for 12,000-16,000 a day); they enter in October. At 18,200 a day (+30%) nobody waits.
        var queued = Run("mobilisation-2022.yaml", 0.05, 10);
        var automated = Run("mobilisation-2022-automated-border.yaml", 0.05, 10);
        double Backlog(List<MonthOutcome> o, int month) => o[month - 1].National.Total.BorderBacklogPersons;
        Assert.Equal(150_000 + (5_000 * 10 / 30.0) - (14_000 * 10), Backlog(queued, 9), 6);
        Assert.InRange(Backlog(queued, 9), 0, 31_667);
        Assert.Equal(0, Backlog(automated, 9));
        Assert.All(queued.Take(8).Concat(queued.Skip(9)), m => Assert.Equal(0, m.National.Total.BorderBacklogPersons));

        // The queue's 11,667 persons (583 agents at 0.05) enter in September with the lever instead of October.
        long Russians(List<MonthOutcome> o, int month) => o[month - 1].National.Total.ArrivalsRussians;
        var earlier = Russians(automated, 9) - Russians(queued, 9);
        Assert.InRange(earlier, 583 - (4 * Math.Sqrt(2 * Russians(queued, 9))), 583 + (4 * Math.Sqrt(2 * Russians(queued, 9))));
    }

    [Fact]
    public void The_income_test_for_permanent_residence_lowers_the_permanent_residents()
    {
        // Base has 1 (the calibrated permanent share applies unchanged); 0.5 and 0 refuse half or all of the others.
        var months = new Dictionary<string, List<MonthOutcome>>(StringComparer.Ordinal) { ["1"] = Run("baseline.yaml", 0.02, 36) };
        foreach (var solvency in new[] { "0.5", "0" })
        {
            months[solvency] = RunWith("solvency-" + solvency, "baseline.yaml", $"legal_status: {{solvency_share: {solvency}}}", 0.02, 36);
        }

        long Permanent(string solvency) => months[solvency][^1].National.Total.PermanentResidents;
        Assert.True(Permanent("0") < Permanent("1"), $"{Permanent("0")} against {Permanent("1")} permanent residents");

        // Half the applicants refused: about half of the shortfall of refusing them all.
        var half = (double)(Permanent("1") - Permanent("0.5")) / (Permanent("1") - Permanent("0"));
        Assert.InRange(half, 0.3, 0.7);
    }

    [Fact]
    public void Kandas_arrive_at_the_scenario_rate()
    {
        var months = Run("baseline.yaml", 0.02, 12);
        var kandas = months.Sum(m => m.National.Total.KandasArrivals) / 0.02;
        Assert.InRange(kandas, 21_000 * 0.85, 21_000 * 1.15); // 2023: ~21k (EST)
    }

    [Fact]
    public void The_mobilisation_shock_brings_russians_and_lifts_rents_in_the_two_capitals()
    {
        var months = Run("mobilisation-2022.yaml", 0.01, 12);
        var ctx = Shared.Context(0.01, file: "mobilisation-2022.yaml");
        RegionMonthIndicators At(int month, string code) => months[month - 1].Regions[ctx.RegionIndex(code)];
        var august = months[7].National.Total;
        var october = months[9].National.Total;
        var december = months[11].National.Total;
        Assert.True(october.RussiansPresent > 3 * august.RussiansPresent);
        Assert.True(december.RussiansPresent < october.RussiansPresent);
        Assert.True(months[8].National.Total.ArrivalsTransit > 10 * august.ArrivalsTransit);
        foreach (var code in new[] { "ALA", "AST" })
        {
            Assert.True(At(11, code).RentIndex > 1.1 * At(8, code).RentIndex, $"{code} rent rises after September 2022");
        }
    }

    [Fact]
    public void The_2022_backtest_reproduces_regional_populations_on_1_january_2023()
    {
        var months = Run("mobilisation-2022.yaml", 0.01, 12);
        var ctx = Shared.Context(0.01, file: "mobilisation-2022.yaml");
        var end = months[^1].National;
        double difference = 0, observed = 0;
        for (var r = 0; r < ctx.RegionCount; r++)
        {
            difference += Math.Abs((end.Population[r] * ctx.Weight) - ctx.Regions[r].Population2023);
            observed += ctx.Regions[r].Population2023;
        }

        Assert.True(difference / observed < 0.025, $"ARD {difference / observed:P2}"); // measured ≈ 0.9% at scale 0.05
        var births = months.Sum(m => m.National.Total.Births) * ctx.Weight;
        var deaths = months.Sum(m => m.National.Total.Deaths) * ctx.Weight;
        Assert.InRange(births, 403_893 * 0.9, 403_893 * 1.1); // BNS 2022
        Assert.InRange(deaths, 133_523 * 0.9, 133_523 * 1.1); // BNS 2022
    }

    /// <summary>Runs a test scenario extending <paramref name="parent"/> with <paramref name="overrides"/> (YAML lines).</summary>
    private static List<MonthOutcome> RunWith(string name, string parent, string overrides, double scale, int months)
    {
        using var folder = new TempFolder(name);
        var file = folder.Write(name + ".yaml", $"""
            # test: {parent} changed
            name: {name}
            extends: {RepositoryPaths.Scenario(parent)}
            {overrides}
            """);
        var driver = new SequentialDriver(ModelContext.Create(Sim.Scenarios.ScenarioLoader.Load(file).WithScale(scale).WithSeed(4242)), parallel: true);
        return Enumerable.Range(0, months).Select(_ => driver.Step()).ToList();
    }

    private static List<MonthOutcome> Run(string file, double scale, int months)
    {
        var driver = new SequentialDriver(Shared.Context(scale, 4242, file), parallel: true);
        var outcomes = new List<MonthOutcome>();
        for (var m = 0; m < months; m++)
        {
            outcomes.Add(driver.Step());
        }

        return outcomes;
    }
}
