using Sim.Model.Engine;
using Sim.Model.Random;

namespace Sim.Model.Population;

/// <summary>
/// Builds a region's starting population from marginals, deterministically from (seed, region): the start-month
/// population (linear between the BNS 1 Jan 2022 and 2023 counts) times the scale, ages and sexes from the
/// stable pyramid, urban flag from the urban share, activity from participation and regional unemployment, and
/// the foreign stock by citizenship settled by the origin profiles' settlement shares.
/// </summary>
internal static class PopulationSynthesizer
{
    public static void Synthesize(RegionState state)
    {
        var ctx = state.Context;
        var scenario = ctx.Scenario;
        var start = ctx.Start;
        var rng = RandomStream.Create(ctx.Seed, state.Region, start.Index, RandomProcess.Synthesis);
        var total = (int)Math.Round(ctx.StartPopulation[state.Region] * ctx.Scale);

        // Foreign stock first so citizens make up the rest of the regional total.
        var foreign = 0;
        var stockStatus = scenario.Population.ForeignStockStatus.ToArray();
        Span<double> statusCumulative = stackalloc double[stockStatus.Length];
        Sampling.Cumulate(stockStatus, statusCumulative);
        for (var o = 0; o < Names.OriginCount; o++)
        {
            var profile = scenario.Arrivals.Origins[o];
            if (profile is null || o == (int)Citizenship.KZ)
            {
                continue;
            }

            var settlement = ctx.ByRegion(profile.Settlement)[state.Region];
            var count = (int)Math.Round(scenario.Population.ForeignStock[o] * ctx.Scale * settlement);
            var mix = PersonFactory.CumulativeMix(profile.ProfessionMix);
            for (var k = 0; k < count && foreign < total; k++, foreign++)
            {
                var person = PersonFactory.Migrant(ref rng, state, profile, (Citizenship)o, start, mix) with { ArrivalMonth = PersonTable.NoMonth };
                var row = state.People.Append(person);
                var (status, months) = Sampling.Categorical(ref rng, statusCumulative) switch
                {
                    0 => (LegalStatus.PermanentResidence, 0),
                    1 => (LegalStatus.TemporaryResidence, 1 + rng.NextInt(scenario.LegalStatus.TemporaryResidenceMonths)),
                    2 => (LegalStatus.WorkPermit, 1 + rng.NextInt(scenario.LegalStatus.WorkPermitMonths)),
                    _ => (LegalStatus.Irregular, 0),
                };
                state.People.Status[row] = (byte)status;
                state.People.StatusExpiry[row] = months > 0 ? (short)(start.ToCompact() + months) : PersonTable.NoMonth;
                if (status == LegalStatus.WorkPermit && state.People.Activity[row] == (byte)Activity.Unemployed)
                {
                    state.People.Activity[row] = (byte)Activity.Employed;
                }
            }
        }

        var residentMix = PersonFactory.CumulativeMix(scenario.Population.ProfessionMix);
        var ages = ctx.AgeStructure;
        state.People.EnsureCapacity(total);
        for (var k = foreign; k < total; k++)
        {
            var cell = ages.CellAt(rng.NextDouble());
            var sex = (Sex)(cell / AgeStructure.Ages);
            var ageMonths = ((cell % AgeStructure.Ages) * 12) + rng.NextInt(12);
            state.People.Append(PersonFactory.Resident(ref rng, state, ageMonths, sex, start, residentMix));
        }
    }
}
