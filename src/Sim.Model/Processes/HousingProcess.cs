using Sim.Model.Engine;
using Sim.Model.Population;

namespace Sim.Model.Processes;

/// <summary>
/// Process 6, rental housing per region: R_{t+1} = R_t·(1 + ε·(D_t / S_t − 1))·(1 + drift/12), with the demand
/// D = N_rent·m²-per-person·R_t^(−η): N_rent = renter share·citizens + newcomer share·foreigners (foreigners who
/// left during the month count half), η the price elasticity of demand (so a demand gap settles at a finite
/// rent rather than compounding), and the available stock
/// S = (1 − vacancy)·stock. The stock grows with construction (the stock-growth series) and closes a share κ of
/// the gap to demand each month (conversions, new supply): stock ← stock·(1 + g/12) + κ·(D/(1 − vacancy) − stock).
/// The stock follows the physical need N_rent·m²; it starts at D_0 / (1 − vacancy), so the market starts in balance and rents move with demand pressure.
/// </summary>
internal static class HousingProcess
{
    public static void Run(RegionState state)
    {
        var p = state.Context.Scenario.Housing;
        var need = Demand(state);
        var demand = need * Math.Pow(state.RentIndex, -p.DemandPriceElasticity);
        var available = state.RentalStockM2 * (1 - p.VacancyRate);
        state.RentIndex = NextRent(state.RentIndex, p.RentPressureResponse, demand, available, p.RentDriftPerYear);
        state.RentalStockM2 = NextStock(state.RentalStockM2, p.StockGrowthPerYear.At(state.Month), p.SupplyAdjustmentPerMonth, need, p.VacancyRate);
        state.Row.RentIndex = state.RentIndex;
        state.Row.RentKztPerM2 = state.BaseRentKztPerM2 * state.RentIndex;
        state.Row.HousingDemandM2 = demand * state.Context.Weight;
        state.Row.HousingSupplyM2 = available * state.Context.Weight;
    }

    /// <summary>R_{t+1} = R_t·(1 + ε·(D/S − 1))·(1 + drift/12), floored at 0.05.</summary>
    public static double NextRent(double rent, double elasticity, double demand, double available, double driftPerYear)
    {
        var pressure = available > 0 ? (demand / available) - 1 : 0;
        return Math.Max(0.05, rent * (1 + (elasticity * pressure)) * (1 + (driftPerYear / 12.0)));
    }

    /// <summary>stock·(1 + g/12) + κ·(D/(1 − v) − stock·(1 + g/12)).</summary>
    public static double NextStock(double stock, double growthPerYear, double adjustment, double demand, double vacancyRate)
    {
        var built = stock * (1 + (growthPerYear / 12.0));
        return built + (adjustment * ((demand / (1 - vacancyRate)) - built));
    }

    /// <summary>Sets the start stock and rent of the region (after synthesis and the first census).</summary>
    public static void Initialise(RegionState state)
    {
        var p = state.Context.Scenario.Housing;
        state.BaseRentKztPerM2 = p.RentKztPerM2ByRegion.TryGetValue(state.Info.Code, out var own) ? own : p.RentKztPerM2;
        state.RentalStockM2 = Demand(state) / (1 - p.VacancyRate);
        state.RentIndex = 1;
    }

    /// <summary>
    /// Rental demand in m² at agent scale. Foreigners who left earlier this month (transit persons mostly stay
    /// days to weeks) count for half a month of presence.
    /// </summary>
    private static double Demand(RegionState state)
    {
        var p = state.Context.Scenario.Housing;
        var foreigners = 0.0;
        var liveForeigners = 0;
        foreach (var i in state.Census.Foreigners)
        {
            if (state.People.IsGone(i))
            {
                foreigners += 0.5;
            }
            else if (state.People.Status[i] != (byte)LegalStatus.Citizen)
            {
                foreigners++;
                liveForeigners++;
            }
        }

        var live = state.People.Count - state.Removed.Count;
        var citizens = live - liveForeigners;
        return ((p.RenterShare * citizens) + (p.NewcomerRentShare * foreigners)) * p.M2PerPerson.At(state.Month);
    }
}
