namespace Sim.Model.Scenarios;

/// <summary>Departure hazard of foreign stayers (<c>departure:</c>); see the departure process.</summary>
/// <param name="Intercept">Logit intercept.</param>
/// <param name="UnemploymentCoef">Coefficient of the regional unemployment rate.</param>
/// <param name="RentBurdenCoef">Coefficient of rent burden.</param>
/// <param name="ExpiringStatusCoef">Coefficient of a status expiring within 3 months.</param>
/// <param name="IrregularCoef">Coefficient of being irregular.</param>
/// <param name="UnemployedCoef">Coefficient of being unemployed.</param>
[ParameterSection("Departure of foreign stayers: monthly logistic hazard p = 1/(1+exp(-(intercept + b_u*u + b_r*rent_burden + b_e*expiring))).")]
public sealed record DepartureParameters(
    [Parameter("intercept", "Logit intercept.", Min = -20, Max = 5)]
    [Calibrated(-8, -1, "monthly departure hazard of foreign stayers (Russians remaining)")]
    double Intercept,
    [Parameter("unemployment_coef", "Coefficient of the region's unemployment rate (0..1).", Min = -50, Max = 50)]
    double UnemploymentCoef,
    [Parameter("rent_burden_coef", "Coefficient of rent burden: monthly rent of 30 m2 over the average wage.", Min = -50, Max = 50)]
    double RentBurdenCoef,
    [Parameter("expiring_status_coef", "Coefficient of a status expiring within 3 months (visa-free, permit).", Min = -20, Max = 20)]
    double ExpiringStatusCoef,
    [Parameter("irregular_coef", "Coefficient of being irregular.", Min = -20, Max = 20)]
    double IrregularCoef,
    [Parameter("unemployed_coef", "Coefficient of being unemployed.", Min = -20, Max = 20)]
    double UnemployedCoef);
