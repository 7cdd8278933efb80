namespace Sim.Model.Scenarios;

/// <summary>Scientific-pedagogical visa (500+).</summary>
/// <param name="Enabled">Whether it is offered.</param>
/// <param name="QuotaPerYear">Visas a year nationally.</param>
public sealed record ScientificVisaLever(bool Enabled, double QuotaPerYear);
