using Sim.Model.Engine;
using Sim.Model.Population;
using Sim.Model.Random;
using Sim.Model.Scenarios;

namespace Sim.Model.Processes;

/// <summary>
/// Process 2, arrivals. For each citizenship o and each shock, the national inflow d_t (persons) splits into
/// transit persons entering region r with share transit·entry_r and stayers settling with share
/// (1 − transit)·settlement_r. The border admits a share a_t,o of everyone of citizenship o waiting
/// (<see cref="BorderQueue"/>: 1 unless the month's demand exceeds the capacity a day of its citizenship); the rest
/// waits to the next month (a backlog per stream, in persons). Admitted agents are Poisson(a_t,o·(d + backlog)·scale). Transit
/// persons get a dwell ~ Geometric(1/(1 + mean)); stayers a visa-free stay; returning citizens (KZ) are citizens;
/// kandas (observed arrivals a year, then the scenario's series) get temporary residence until naturalisation and
/// settle by the observed distribution, the quota share in the relocation programme's destination regions by places.
/// </summary>
internal static class ArrivalsProcess
{
    public static void Run(RegionState state)
    {
        var ctx = state.Context;
        var arrivals = ctx.Scenario.Arrivals;
        var rng = state.Stream(RandomProcess.Arrivals);
        for (var o = 0; o < Names.OriginCount; o++)
        {
            var profile = arrivals.Origins[o];
            if (profile is null)
            {
                continue;
            }

            var demand = arrivals.Inflows[o].At(state.Month);
            Stream(ref rng, state, o * 2, (Citizenship)o, profile, demand, profile.TransitShare, profile.TransitDwellMonths,
                profile.Entry, profile.Settlement, ctx.BorderAdmission(state.Month, (Citizenship)o));
        }

        for (var k = 0; k < arrivals.Shocks.Count; k++)
        {
            var shock = arrivals.Shocks[k];
            var profile = arrivals.Origins[(int)shock.Origin];
            if (profile is null)
            {
                continue;
            }

            Stream(ref rng, state, (Names.OriginCount + k) * 2, shock.Origin, profile, shock.Persons.Exactly(state.Month),
                shock.TransitShare, shock.TransitDwellMonths, shock.Entry, shock.Settlement, ctx.BorderAdmission(state.Month, shock.Origin));
        }

        Kandas(ref rng, state);
        DeporteeReturns.Arrive(ref rng, state);
        state.Row.BorderBacklogPersons = state.Backlog.Sum();
    }

    private static void Stream(ref RandomStream rng, RegionState state, int slot, Citizenship origin, OriginProfile profile,
        double demand, double transitShare, double dwellMonths, IReadOnlyDictionary<string, double> entry,
        IReadOnlyDictionary<string, double> settlement, double admission)
    {
        var code = state.Info.Code;
        var transitDemand = demand * transitShare * entry.GetValueOrDefault(code);
        var stayDemand = demand * (1 - transitShare) * settlement.GetValueOrDefault(code);
        var transitN = Admit(ref rng, state, slot, transitDemand, admission);
        var stayN = Admit(ref rng, state, slot + 1, stayDemand, admission);
        if (transitN + stayN == 0)
        {
            return;
        }

        var mix = PersonFactory.CumulativeMix(profile.ProfessionMix);
        var leave = 1.0 / (1.0 + dwellMonths);
        var logStay = Math.Log(1 - leave);
        var visaFree = profile.VisaFreeMonths;
        for (var k = 0; k < transitN + stayN; k++)
        {
            var person = PersonFactory.Migrant(ref rng, state, profile, origin, state.Month, mix);
            var transit = k < transitN;
            if (transit)
            {
                var dwell = Math.Min(Sampling.GeometricSkip(ref rng, logStay), 600);
                person = person with { Status = LegalStatus.Transit, StatusExpiry = (short)(state.MonthCompact + dwell), Flags = person.Flags & ~PersonFlags.RefugeeClaimant };
            }
            else if (origin == Citizenship.KZ)
            {
                person = person with { Status = LegalStatus.Citizen, StatusExpiry = PersonTable.NoMonth, Flags = PersonFlags.None | (person.Flags & PersonFlags.Urban) };
            }
            else
            {
                person = person with { StatusExpiry = (short)(state.MonthCompact + visaFree) };
            }

            Add(state, person, transit);
        }
    }

    private static int Admit(ref RandomStream rng, RegionState state, int slot, double demand, double admission)
    {
        var waiting = demand + state.Backlog[slot];
        var admitted = waiting * admission;
        state.Backlog[slot] = waiting - admitted;
        return Sampling.Poisson(ref rng, admitted * state.Context.Scale);
    }

    private static void Kandas(ref RandomStream rng, RegionState state)
    {
        var ctx = state.Context;
        var kandas = ctx.Scenario.Arrivals.Kandas;
        var perYear = ctx.KandasArrivalsPerYear.At(state.Month);
        if (perYear <= 0)
        {
            return;
        }

        var quotas = ctx.QuotasAt(state.Month);
        var supported = Math.Min(1, quotas.KandasQuotaPerYear / perYear);
        var destinationTotal = quotas.RelocationDestinations.Sum();
        var destinationShare = destinationTotal > 0 ? quotas.RelocationDestinations[state.Region] / destinationTotal : 0;
        if (destinationTotal <= 0)
        {
            supported = 0;
        }

        var monthly = perYear / 12.0 * ctx.Scale;
        var free = Sampling.Poisson(ref rng, monthly * (1 - supported) * ctx.KandasSettlement[state.Region]);
        var quota = Sampling.Poisson(ref rng, monthly * supported * destinationShare);
        if (free + quota == 0)
        {
            return;
        }

        Span<double> originCumulative = stackalloc double[Names.OriginCount];
        Sampling.Cumulate(kandas.OriginMix.ToArray(), originCumulative);
        var mixes = new double[Names.OriginCount][];
        for (var k = 0; k < free + quota; k++)
        {
            var origin = (Citizenship)Sampling.Categorical(ref rng, originCumulative);
            var profile = ctx.Scenario.Arrivals.Origins[(int)origin] ?? ctx.Scenario.Arrivals.Origins.First(p => p is not null)!;
            var mix = mixes[(int)origin] ??= PersonFactory.CumulativeMix(profile.ProfessionMix);
            var person = PersonFactory.Migrant(ref rng, state, profile, origin, state.Month, mix);
            var flags = (person.Flags & (PersonFlags.Urban | PersonFlags.Investor)) | PersonFlags.Kandas
                | (k >= free ? PersonFlags.RelocationParticipant : PersonFlags.None);
            person = person with
            {
                Status = LegalStatus.TemporaryResidence,
                StatusExpiry = (short)(state.MonthCompact + Math.Max(1, kandas.NaturalisationMonths)),
                Flags = flags,
            };
            Add(state, person, transit: false);
            state.Row.KandasArrivals++;
        }
    }

    internal static void Add(RegionState state, PersonRecord person, bool transit)
    {
        if (person.Status != LegalStatus.Citizen && state.Levers.MigrantIdCards.Enabled)
        {
            person = person with { Flags = person.Flags | PersonFlags.MigrantIdCard };
        }

        var row = state.People.Append(person);
        if (person.Status != LegalStatus.Citizen)
        {
            state.Census.Foreigners.Add(row);
        }

        state.Row.Arrivals++;
        state.Row.ArrivalsRussians += person.Citizenship == Citizenship.RU ? 1 : 0;
        if (transit)
        {
            state.Row.ArrivalsTransit++;
        }

        state.Events.Add(state.Month, person.Id, PersonEventKind.Arrival, (byte)person.Status);
    }
}
