namespace Sim.Model.Scenarios;

/// <summary>Rental housing market (<c>housing:</c>).</summary>
/// <param name="RentPressureResponse">ε of R(t+1) = R(t)(1 + ε(D/S − 1)): how fast rents follow excess demand.</param>
/// <param name="RenterShare">Share of citizens who rent.</param>
/// <param name="NewcomerRentShare">Share of foreigners and new arrivals who rent.</param>
/// <param name="VacancyRate">Vacant share of the rental stock at start.</param>
/// <param name="M2PerPerson">Housing m² per person.</param>
/// <param name="StockGrowthPerYear">Yearly growth of the stock.</param>
/// <param name="RentKztPerM2">Start rent per m² where the region has no figure.</param>
/// <param name="RentKztPerM2ByRegion">Start rent per m² by region code.</param>
/// <param name="DemandPriceElasticity">η: rental demand scales with R^−η.</param>
/// <param name="SupplyAdjustmentPerMonth">Share of the demand-supply gap the stock closes each month.</param>
/// <param name="RentDriftPerYear">Nominal rent trend a year.</param>
[ParameterSection("Rental housing market per region: R(t+1) = R(t)*(1 + rent_pressure_response*(D/S - 1)), demand D scaling with R^-demand_price_elasticity.")]
public sealed record HousingParameters(
    [Parameter("rent_pressure_response", "Monthly response of the rent index to excess demand D/S - 1 (epsilon).", Min = 0, Max = 5)]
    [Calibrated(0, 4, "rent response to demand pressure (autumn 2022 rents)")]
    double RentPressureResponse,
    [Parameter("renter_share", "Share of citizens who rent (rental-market demand).", Share = true)]
    double RenterShare,
    [Parameter("newcomer_rent_share", "Share of foreign and newly arrived persons who rent.", Share = true)]
    double NewcomerRentShare,
    [Parameter("vacancy_rate", "Vacant share of the rental stock at the start month.", Share = true)]
    double VacancyRate,
    [Parameter("m2_per_person", "Housing stock per person (BNS) from each month on.", Min = 5, Max = 80, Unit = "m2 per person")]
    MonthSeries M2PerPerson,
    [Parameter("stock_growth_per_year", "Growth of the housing stock from each month on.", Min = -0.1, Max = 0.3, Unit = "ratio per year")]
    MonthSeries StockGrowthPerYear,
    [Parameter("rent_kzt_per_m2", "Monthly rent per m2 at the start month for regions without their own figure.", Min = 100, Max = 100_000, Unit = "KZT per m2 a month")]
    double RentKztPerM2,
    [Parameter("rent_kzt_per_m2_by_region", "Monthly rent per m2 at the start month where observed.", Keys = ParameterKeys.Region, Min = 100, Max = 100_000, Unit = "KZT per m2 a month")]
    IReadOnlyDictionary<string, double> RentKztPerM2ByRegion,
    [Parameter("demand_price_elasticity", "Price elasticity of rental demand (eta): demand scales with R^-eta (households share or leave when rents rise).", Min = 0, Max = 5)]
    double DemandPriceElasticity,
    [Parameter("supply_adjustment_per_month", "Share of the gap between demanded and available rental stock closed each month (conversions, construction).", Share = true, Unit = "per month")]
    double SupplyAdjustmentPerMonth,
    [Parameter("rent_drift_per_year", "Trend of rents independent of pressure (nominal).", Min = -0.5, Max = 1, Unit = "ratio per year")]
    [Calibrated(-0.1, 0.4, "rent trend independent of pressure")]
    double RentDriftPerYear);
