using Sim.Model.Engine;
using Sim.Model.Population;
using Sim.Model.Random;
using Sim.Model.Scenarios;

namespace Sim.Model.Processes;

/// <summary>
/// Process 7, internal relocation. A resident considers moving in a month with probability
/// m·a(age)·(f for foreigners); a considerer from region i picks j by multinomial logit over all regions with
/// U_ij = β_w·ln w_j − β_u·u_j − β_r·ln R_j − β_d·ln d_ij + β_s·subsidy_ij + γ·ln P_j + A_j for j ≠ i and
/// U_ii = β_w·ln w_i − β_u·u_i − β_r·ln R_i + γ·ln P_i + A_i + stay (the stay option), A the region
/// attractiveness constants, using last month's wages,
/// unemployment, rents and populations. Considerers are found by geometric skips (thinning by age), not a draw
/// per person. The relocation programme adds Poisson(quota/12·uptake·scale·share_i) working-age citizens from
/// each listed surplus region, sent to the listed shortage regions by their places (<see cref="PolicyQuotas"/>); its subsidy goes to those participants only and does not enter the voluntary choice (β_s applies to a subsidy a caller passes).
/// </summary>
internal static class RelocationProcess
{
    public static void Run(RegionState state)
    {
        var p = state.Context.Scenario.Relocation;
        var n = state.Context.RegionCount;
        Span<double> utility = stackalloc double[n];
        Span<double> cumulative = stackalloc double[n];
        Utilities(state, utility);
        Probabilities(utility);
        Sampling.Cumulate(utility, cumulative);

        var maxAge = Math.Max(Math.Max(p.AgeMultiplier.Age0To17, p.AgeMultiplier.Age18To34), Math.Max(p.AgeMultiplier.Age35To59, p.AgeMultiplier.Age60Plus));
        var upper = Math.Min(0.999, p.ConsiderRatePerMonth * maxAge * Math.Max(1, p.ForeignerMultiplier));
        var people = state.People;
        var rng = state.Stream(RandomProcess.Relocation);
        if (upper > 0)
        {
            // The consideration probability by age band (2 × band) and citizen or foreigner (+ 1), computed once
            // a month rather than per candidate; the same products, so the same acceptances.
            Span<double> probabilities = stackalloc double[8];
            for (var band = 0; band < 4; band++)
            {
                probabilities[2 * band] = p.ConsiderRatePerMonth * p.AgeMultiplier[band];
                probabilities[(2 * band) + 1] = p.ConsiderRatePerMonth * p.AgeMultiplier[band] * p.ForeignerMultiplier;
            }

            var logQ = Math.Log(1 - upper);
            var count = people.Count;
            var month = state.MonthCompact;
            var statuses = people.Status;
            var births = people.BirthMonth;
            for (var i = Sampling.GeometricSkip(ref rng, logQ); i < count; i = Sampling.NextSelected(ref rng, i, logQ))
            {
                var status = (LegalStatus)statuses[i];
                if (people.IsGone(i) || status is LegalStatus.Transit or LegalStatus.Irregular)
                {
                    continue;
                }

                var age = (month - births[i]) / 12;
                var band = age < 18 ? 0 : age < 35 ? 1 : age < 60 ? 2 : 3;
                var foreign = status != LegalStatus.Citizen;
                if (rng.NextDouble() * upper >= probabilities[(2 * band) + (foreign ? 1 : 0)])
                {
                    continue;
                }

                var j = Sampling.Categorical(ref rng, cumulative);
                if (j != state.Region)
                {
                    state.MoveOut(i, j, foreign ? FlowGroup.Foreigner : FlowGroup.Citizen);
                }
            }
        }

        Programme(ref rng, state);
    }

    /// <summary>The logit utilities of every destination from this region (index = region; own index = stay).</summary>
    internal static void Utilities(RegionState state, Span<double> utility)
    {
        var p = state.Context.Scenario.Relocation;
        var national = state.National;
        var i = state.Region;
        for (var j = 0; j < utility.Length; j++)
        {
            // The programme's subsidy goes to its participants only (moved in Programme, within the quota);
            // a voluntary mover between listed regions gets nothing, so it adds nothing to the choice here.
            utility[j] = Utility(p, national.WageKzt[j], national.UnemploymentRate[j], national.RentKztPerM2[j],
                national.Population[j] * state.Context.Weight, j == i ? null : state.Context.Distances[i, j], subsidyUnits: 0)
                + state.Context.Attractiveness[j];
        }
    }

    /// <summary>
    /// U = β_w·ln w − β_u·u − β_r·ln R + γ·ln P − β_d·ln d + β_s·subsidy for a destination at
    /// <paramref name="distanceKm"/>; for the stay option (distance null) the distance and subsidy terms are
    /// replaced by the stay constant.
    /// </summary>
    public static double Utility(RelocationParameters p, double wageKzt, double unemploymentRate, double rentKztPerM2,
        double populationPersons, double? distanceKm, double subsidyUnits)
    {
        var common = (p.BetaWage * Math.Log(Math.Max(1, wageKzt)))
            - (p.BetaUnemployment * unemploymentRate)
            - (p.BetaRent * Math.Log(Math.Max(1, rentKztPerM2)))
            + (p.DestinationSizeWeight * Math.Log(Math.Max(1, populationPersons)));
        return distanceKm is { } d
            ? common - (p.BetaDistance * Math.Log(Math.Max(1, d))) + (p.BetaSubsidy * subsidyUnits)
            : common + p.StayUtility;
    }

    /// <summary>Turns utilities into multinomial-logit probabilities in place: exp(U_j − max) / Σ exp(U_k − max).</summary>
    public static void Probabilities(Span<double> values)
    {
        var max = double.NegativeInfinity;
        foreach (var u in values)
        {
            max = Math.Max(max, u);
        }

        var sum = 0.0;
        for (var j = 0; j < values.Length; j++)
        {
            values[j] = Math.Exp(values[j] - max);
            sum += values[j];
        }

        for (var j = 0; j < values.Length; j++)
        {
            values[j] /= sum;
        }
    }

    private static void Programme(ref RandomStream rng, RegionState state)
    {
        var programme = state.Levers.RelocationProgramme;
        var ctx = state.Context;
        var quotas = ctx.QuotasAt(state.Month);
        if (!programme.Enabled || !quotas.RelocationOrigins[state.Region])
        {
            return;
        }

        var originPopulation = 0.0;
        for (var j = 0; j < ctx.RegionCount; j++)
        {
            originPopulation += quotas.RelocationOrigins[j] ? ctx.StartPopulation[j] : 0;
        }

        var share = ctx.StartPopulation[state.Region] / originPopulation;
        var participants = Sampling.Poisson(ref rng, quotas.RelocationQuotaPerYear / 12.0 * programme.Uptake * ctx.Scale * share);
        if (participants == 0)
        {
            return;
        }

        var weights = quotas.RelocationDestinations.ToArray();
        weights[state.Region] = 0;
        Span<double> cumulative = stackalloc double[weights.Length];
        Sampling.Cumulate(weights, cumulative);
        if (cumulative[^1] <= 0)
        {
            return;
        }

        var people = state.People;
        var retirement = ctx.Scenario.Population.RetirementAgeWomenYears;
        for (var k = 0; k < participants; k++)
        {
            // Rejection sampling of a working-age citizen; bounded tries keep a tiny region from looping.
            for (var attempt = 0; attempt < 64 && people.Count > 0; attempt++)
            {
                var i = rng.NextInt(people.Count);
                var age = state.AgeYears(people.BirthMonth[i]);
                if (people.IsGone(i) || people.Status[i] != (byte)LegalStatus.Citizen || age < 18 || age >= retirement)
                {
                    continue;
                }

                people.Flags[i] |= (byte)PersonFlags.RelocationParticipant;
                state.MoveOut(i, Sampling.Categorical(ref rng, cumulative), FlowGroup.RelocationProgramme);
                state.Row.RelocationProgrammeMoves++;
                break;
            }
        }
    }
}
