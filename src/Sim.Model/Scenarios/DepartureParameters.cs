namespace Sim.Model.Scenarios;

/// <summary>Departure hazard of foreign stayers (<c>departure:</c>); see the departure process.</summary>
/// <param name="Intercept">Logit intercept.</param>
/// <param name="UnemploymentCoef">Coefficient of the regional unemployment rate.</param>
/// <param name="RentBurdenCoef">Coefficient of rent burden.</param>
/// <param name="ExpiringStatusCoef">Coefficient of a status expiring within 3 months.</param>
/// <param name="IrregularCoef">Coefficient of being irregular.</param>
/// <param name="UnemployedCoef">Coefficient of being unemployed.</param>
public sealed record DepartureParameters(
    double Intercept,
    double UnemploymentCoef,
    double RentBurdenCoef,
    double ExpiringStatusCoef,
    double IrregularCoef,
    double UnemployedCoef);
