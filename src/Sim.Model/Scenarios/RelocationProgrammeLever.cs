namespace Sim.Model.Scenarios;

/// <summary>State relocation programme.</summary>
/// <param name="Enabled">Whether the programme runs.</param>
/// <param name="QuotaPerYear">Participants a year nationally, persons.</param>
/// <param name="Uptake">Share of the quota actually used.</param>
/// <param name="SubsidyKzt">Subsidy package per participant, KZT.</param>
/// <param name="Origins">Labour-surplus region codes participants come from.</param>
/// <param name="Destinations">Labour-shortage region codes and their weights.</param>
[ParameterSection("Relocation programme lever.")]
public sealed record RelocationProgrammeLever(
    [Parameter("enabled", "Whether the programme runs.")] bool Enabled,
    [Parameter("quota_per_year", "Participants a year nationally.", Min = 0, Max = 10_000_000, Unit = "persons a year")] double QuotaPerYear,
    [Parameter("uptake", "Share of the quota actually used.", Share = true)] double Uptake,
    [Parameter("subsidy_kzt", "Value of the subsidy package per participant.", Min = 0, Max = 1e9, Unit = "KZT")] double SubsidyKzt,
    [Parameter("origins", "Labour-surplus regions participants come from.", Keys = ParameterKeys.Region)] IReadOnlyList<string> Origins,
    [Parameter("destinations", "Labour-shortage regions and their weights.", Keys = ParameterKeys.Region, Min = 0, Max = 1e9)] IReadOnlyDictionary<string, double> Destinations);
