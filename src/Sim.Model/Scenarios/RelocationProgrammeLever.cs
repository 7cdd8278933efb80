namespace Sim.Model.Scenarios;

/// <summary>State relocation programme.</summary>
/// <param name="Enabled">Whether it runs.</param>
/// <param name="QuotaPerYear">Participants a year nationally.</param>
/// <param name="Uptake">Share of the quota used.</param>
/// <param name="SubsidyKzt">Subsidy package per participant, KZT.</param>
/// <param name="Origins">Labour-surplus region codes.</param>
/// <param name="Destinations">Labour-shortage region codes and weights.</param>
public sealed record RelocationProgrammeLever(
    bool Enabled,
    double QuotaPerYear,
    double Uptake,
    double SubsidyKzt,
    IReadOnlyList<string> Origins,
    IReadOnlyDictionary<string, double> Destinations);
