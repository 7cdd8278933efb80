namespace Sim.Model.Scenarios;

/// <summary>Enforcement against irregular stay.</summary>
/// <param name="DetectionRate">Monthly detection share.</param>
/// <param name="DeportationShare">Share of the detected deported.</param>
/// <param name="EntryBanYears">Entry ban after deportation.</param>
/// <param name="EmployerFineShare">Share of detected employed persons whose employer is fined.</param>
public sealed record EnforcementLever(double DetectionRate, double DeportationShare, int EntryBanYears, double EmployerFineShare);
