using Sim.Model.Engine;
using Sim.Model.Population;
using Sim.Model.Random;

namespace Sim.Model.Processes;

/// <summary>
/// Process 3, transit and departure. Transit persons leave when their dwell ends. Foreign stayers leave in a
/// month with the logistic hazard p = 1 / (1 + exp(−(β0 + β_u·u_r + β_r·B_r + β_e·E + β_i·I + β_n·U))), where u_r is
/// the region's unemployment rate and B_r = rent of 30 m² / average wage (both last month), E = 1 when the status
/// expires within 3 months, I = 1 when irregular, U = 1 when unemployed. Only foreigners are visited.
/// </summary>
internal static class DepartureProcess
{
    private const double HousingM2ForBurden = 30;

    public static void Run(RegionState state)
    {
        var p = state.Context.Scenario.Departure;
        var region = state.Region;
        var u = state.National.UnemploymentRate[region];
        var burden = state.National.RentKztPerM2[region] * HousingM2ForBurden / Math.Max(1, state.National.WageKzt[region]);
        var baseUtility = p.Intercept + (p.UnemploymentCoef * u) + (p.RentBurdenCoef * burden);
        Span<double> hazard = stackalloc double[8];
        for (var c = 0; c < 8; c++)
        {
            var x = baseUtility + ((c & 1) != 0 ? p.ExpiringStatusCoef : 0) + ((c & 2) != 0 ? p.IrregularCoef : 0)
                + ((c & 4) != 0 ? p.UnemployedCoef : 0);
            hazard[c] = 1 / (1 + Math.Exp(-x));
        }

        var people = state.People;
        var month = state.MonthCompact;
        var rng = state.Stream(RandomProcess.Departures);
        foreach (var i in state.Census.Foreigners)
        {
            if (people.IsGone(i))
            {
                continue;
            }

            var status = (LegalStatus)people.Status[i];
            var expiry = people.StatusExpiry[i];
            if (status == LegalStatus.Transit)
            {
                if (expiry <= month)
                {
                    state.Depart(i, DepartureReason.TransitExit);
                    state.Row.DeparturesTransit++;
                }

                continue;
            }

            if (status == LegalStatus.Citizen)
            {
                continue;
            }

            var expiring = expiry != PersonTable.NoMonth && expiry - month <= 3 ? 1 : 0;
            var irregular = status == LegalStatus.Irregular ? 2 : 0;
            var unemployed = people.Activity[i] == (byte)Activity.Unemployed ? 4 : 0;
            if (rng.NextDouble() < hazard[expiring | irregular | unemployed])
            {
                state.Depart(i, DepartureReason.Voluntary);
            }
        }
    }
}
