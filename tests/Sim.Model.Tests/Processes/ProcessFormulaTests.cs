using Sim.Model.Population;
using Sim.Model.Processes;
using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Model.Tests.Processes;

public sealed class ProcessFormulaTests
{
    [Fact]
    public void Matching_function_matches_hand_computation()
    {
        // A·U^α·V^(1−α) = 0.3 · 100^0.5 · 50^0.5 = 0.3 · 10 · 7.0710678 = 21.2132
        Assert.Equal(21.2132, LabourMarketProcess.Matches(100, 50, 0.3, 0.5), 4);
        // α = 0.7: 0.5 · 200^0.7 · 100^0.3 = 0.5 · 40.8051 · 3.9811 = 81.225
        Assert.Equal(81.225, LabourMarketProcess.Matches(200, 100, 0.5, 0.7), 3);
        Assert.Equal(10, LabourMarketProcess.Matches(10, 1000, 5, 0.5)); // capped by seekers
        Assert.Equal(3, LabourMarketProcess.Matches(1000, 3, 5, 0.5)); // capped by vacancies
        Assert.Equal(0, LabourMarketProcess.Matches(100, 0.5, 0.3, 0.5)); // no whole vacancy
    }

    [Fact]
    public void Rent_recursion_matches_hand_computation()
    {
        // R1 = 1·(1 + 0.4·(110/100 − 1)) = 1.04; R2 = 1.04·(1 + 0.4·(120/100 − 1)) = 1.1232
        var r1 = HousingProcess.NextRent(1.0, 0.4, 110, 100, 0);
        Assert.Equal(1.04, r1, 12);
        Assert.Equal(1.1232, HousingProcess.NextRent(r1, 0.4, 120, 100, 0), 12);
        // Excess supply lowers rents; drift 12%/yr adds 1% a month.
        Assert.Equal(0.98 * 1.01, HousingProcess.NextRent(1.0, 0.2, 90, 100, 0.12), 12);
        Assert.Equal(0.05, HousingProcess.NextRent(0.06, 5, 0, 100, 0)); // floor
        // Stock: 1000·(1 + 0.12/12) = 1010; + 0.1·(950/0.95 − 1010) = 1010 − 1 = 1009
        Assert.Equal(1009, HousingProcess.NextStock(1000, 0.12, 0.1, 950, 0.05), 9);
    }

    [Fact]
    public void Logit_utilities_and_probabilities_match_hand_computation()
    {
        var p = Shared.Baseline.Relocation with
        {
            BetaWage = 1.0,
            BetaUnemployment = 10,
            BetaRent = 0.5,
            BetaDistance = 1.0,
            BetaSubsidy = 0.3,
            StayUtility = -3,
            DestinationSizeWeight = 1.0,
        };
        var u = RelocationProcess.Utility(p, 400_000, 0.05, 3_000, 1_000_000, 500, 2);
        var expected = Math.Log(400_000) - 0.5 - (0.5 * Math.Log(3_000)) + Math.Log(1_000_000) - Math.Log(500) + 0.6;
        Assert.Equal(expected, u, 12);
        var stay = RelocationProcess.Utility(p, 400_000, 0.05, 3_000, 1_000_000, null, 2);
        Assert.Equal(Math.Log(400_000) - 0.5 - (0.5 * Math.Log(3_000)) + Math.Log(1_000_000) - 3, stay, 12);

        Span<double> values = [1.0, 2.0, 0.0];
        RelocationProcess.Probabilities(values);
        var z = Math.E + (Math.E * Math.E) + 1;
        Assert.Equal(Math.E / z, values[0], 12);
        Assert.Equal(Math.E * Math.E / z, values[1], 12);
        Assert.Equal(1 / z, values[2], 12);
        Span<double> big = [1000, 1000];
        RelocationProcess.Probabilities(big);
        Assert.Equal(0.5, big[0], 12);
    }

    [Fact]
    public void Month_series_is_a_step_function_and_shocks_are_exact_months()
    {
        var series = new MonthSeries([new(new YearMonth(2023, 1), 2), new(new YearMonth(2025, 1), 3)]);
        Assert.Equal(2, series.At(new YearMonth(2020, 5)));
        Assert.Equal(2, series.At(new YearMonth(2024, 12)));
        Assert.Equal(3, series.At(new YearMonth(2030, 1)));
        Assert.Equal(0, series.Exactly(new YearMonth(2024, 1)));
        Assert.Equal(3, series.Exactly(new YearMonth(2025, 1)));
        var overlay = series.Overlay(new MonthSeries([new(new YearMonth(2025, 1), 4)]));
        Assert.Equal(4, overlay.At(new YearMonth(2026, 1)));
        Assert.Equal(0, MonthSeries.Empty.At(new YearMonth(2026, 1)));
    }

    [Fact]
    public void Border_admission_follows_the_fluid_queue_of_each_citizenship()
    {
        // RU capacity 20,000 a day; a rush of 1,000,000 Russians from 15 Feb 2023 (the last 14 of February's 28 days);
        // the baseline's regular RU inflow of 8,000 a month is spread over each month; other citizenships unlimited.
        using var dir = new TempFolder("scenarios");
        var file = dir.Write("x.yaml", $$"""
            # test
            name: x
            extends: {{RepositoryPaths.Baseline}}
            end: 2023-04
            arrivals:
              shocks:
                rush:
                  origin: RU
                  first_day: 15
                  persons: {2023-02: 1000000}
                  transit_share: 0.5
                  transit_dwell_months: 0
                  entry: {ZKO: 1}
                  settlement: {ALA: 1}
            levers:
              border_control:
                2022-01:
                  capacity_per_day: {RU: 20000}
            """);
        var ctx = Sim.Model.Engine.ModelContext.Create(ScenarioLoader.Load(file));
        var (jan, feb, mar, apr) = (new YearMonth(2023, 1), new YearMonth(2023, 2), new YearMonth(2023, 3), new YearMonth(2023, 4));
        Assert.Equal(1_008_000, BorderQueue.Demand(ctx.Scenario, feb, Citizenship.RU));
        Assert.Equal(1, ctx.BorderAdmission(jan, Citizenship.RU)); // 8,000 against 620,000
        // February: the whole month leaves 1,008,000 − 28·20,000 = 448,000; its last 14 days leave
        // 8,000·14/28 + 1,000,000 − 14·20,000 = 724,000, the larger, so 724,000 still wait on 28 Feb.
        Assert.Equal(1 - (724_000.0 / 1_008_000), ctx.BorderAdmission(feb, Citizenship.RU), 12);
        Assert.Equal(1, ctx.BorderAdmission(feb, Citizenship.UZ));
        // March: 724,000 + 8,000 waiting against 31·20,000 = 620,000 leaves 112,000; April clears them (600,000).
        Assert.Equal(1 - (112_000.0 / 732_000), ctx.BorderAdmission(mar, Citizenship.RU), 12);
        Assert.Equal(1, ctx.BorderAdmission(apr, Citizenship.RU));
    }

    [Fact]
    public void A_shock_seeks_entry_from_its_first_day_in_its_first_month_only()
    {
        var persons = new MonthSeries([new(new YearMonth(2022, 9), 150_000), new(new YearMonth(2022, 10), 170_000)]);
        var shock = new ShockParameters("m", Citizenship.RU, persons, 0.8, 0.5, new Dictionary<string, double>(), new Dictionary<string, double>(), 21);
        Assert.Equal(10, shock.ArrivalDays(new YearMonth(2022, 9))); // 21 to 30 September
        Assert.Equal(31, shock.ArrivalDays(new YearMonth(2022, 10)));
        Assert.Equal(30, (shock with { FirstDay = 0 }).ArrivalDays(new YearMonth(2022, 9)));
    }
}
