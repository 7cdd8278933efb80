namespace Sim.Model.Scenarios;

/// <summary>Scientific-pedagogical visa (500+).</summary>
/// <param name="Enabled">Whether the visa is offered.</param>
/// <param name="QuotaPerYear">Visas a year nationally.</param>
[ParameterSection("Scientific-pedagogical visa lever.")]
public sealed record ScientificVisaLever(
    [Parameter("enabled", "Whether the visa is offered.")] bool Enabled,
    [Parameter("quota_per_year", "Visas a year nationally.", Min = 0, Max = 1_000_000, Unit = "persons a year")] double QuotaPerYear);
