namespace Sim.Model.Scenarios;

/// <summary>Kandas quota for supported settlement.</summary>
/// <param name="QuotaPerYear">Supported kandas a year, persons.</param>
[ParameterSection("Kandas quota lever.")]
public sealed record KandasLever(
    [Parameter("quota_per_year", "Supported kandas a year.", Min = 0, Max = 10_000_000, Unit = "persons a year")] double QuotaPerYear);
