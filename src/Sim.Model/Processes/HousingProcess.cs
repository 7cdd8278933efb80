using Sim.Model.Engine;
using Sim.Model.Population;

namespace Sim.Model.Processes;

/// <summary>
/// Process 6, rental housing per region: R_{t+1} = R_t·(1 + ε·(D_t / S_t − 1))·(1 + drift/12), with the demand
/// D = (renter share·citizens + newcomer share·foreigners)·m²-per-person and the available stock
/// S = (1 − vacancy)·stock, the stock growing by the stock-growth series each month. The stock starts at
/// D_0 / (1 − vacancy), so the market starts in balance and rents move with demand pressure.
/// </summary>
internal static class HousingProcess
{
    public static void Run(RegionState s)
    {
        var p = s.Context.Scenario.Housing;
        var demand = Demand(s);
        s.RentalStockM2 *= 1 + (p.StockGrowthPerYear.At(s.Month) / 12.0);
        var available = s.RentalStockM2 * (1 - p.VacancyRate);
        var pressure = available > 0 ? (demand / available) - 1 : 0;
        s.RentIndex = Math.Max(0.05, s.RentIndex * (1 + (p.RentElasticity * pressure)) * (1 + (p.RentDriftPerYear / 12.0)));
        s.Row.RentIndex = s.RentIndex;
        s.Row.RentKztPerM2 = s.BaseRentKztPerM2 * s.RentIndex;
        s.Row.HousingDemandM2 = demand * s.Context.Weight;
        s.Row.HousingSupplyM2 = s.RentalStockM2 * s.Context.Weight;
    }

    /// <summary>Sets the start stock and rent of the region (after synthesis and the first census).</summary>
    public static void Initialise(RegionState s)
    {
        var p = s.Context.Scenario.Housing;
        s.BaseRentKztPerM2 = p.RentKztPerM2ByRegion.TryGetValue(s.Info.Code, out var own) ? own : p.RentKztPerM2;
        s.RentalStockM2 = Demand(s) / (1 - p.VacancyRate);
        s.RentIndex = 1;
    }

    /// <summary>Rental demand in m² at agent scale from the live rows.</summary>
    private static double Demand(RegionState s)
    {
        var p = s.Context.Scenario.Housing;
        var foreigners = 0;
        foreach (var i in s.Census.Foreigners)
        {
            if (!s.People.IsGone(i) && s.People.Status[i] != (byte)LegalStatus.Citizen)
            {
                foreigners++;
            }
        }

        var live = s.People.Count - s.Removed.Count;
        var citizens = live - foreigners;
        return ((p.RenterShare * citizens) + (p.NewcomerRentShare * foreigners)) * p.M2PerPerson.At(s.Month);
    }
}
