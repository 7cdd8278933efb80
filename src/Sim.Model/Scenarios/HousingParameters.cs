namespace Sim.Model.Scenarios;

/// <summary>Rental housing market (<c>housing:</c>).</summary>
/// <param name="RentElasticity">ε of R(t+1) = R(t)(1 + ε(D/S − 1)).</param>
/// <param name="RenterShare">Share of citizens who rent.</param>
/// <param name="NewcomerRentShare">Share of foreigners and new arrivals who rent.</param>
/// <param name="VacancyRate">Vacant share of the rental stock at start.</param>
/// <param name="M2PerPerson">Housing m² per person.</param>
/// <param name="StockGrowthPerYear">Yearly growth of the stock.</param>
/// <param name="RentKztPerM2">Start rent per m² where the region has no figure.</param>
/// <param name="RentKztPerM2ByRegion">Start rent per m² by region code.</param>
/// <param name="DemandRentElasticity">Price elasticity of rental demand.</param>
/// <param name="SupplyAdjustmentPerMonth">Share of the demand-supply gap the stock closes each month.</param>
/// <param name="RentDriftPerYear">Nominal rent trend a year.</param>
public sealed record HousingParameters(
    double RentElasticity,
    double RenterShare,
    double NewcomerRentShare,
    double VacancyRate,
    MonthSeries M2PerPerson,
    MonthSeries StockGrowthPerYear,
    double RentKztPerM2,
    IReadOnlyDictionary<string, double> RentKztPerM2ByRegion,
    double DemandRentElasticity,
    double SupplyAdjustmentPerMonth,
    double RentDriftPerYear);
