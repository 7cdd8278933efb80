namespace Sim.Model.Scenarios;

/// <summary>Kandas quota for supported settlement.</summary>
/// <param name="QuotaPerYear">Supported kandas a year.</param>
public sealed record KandasLever(double QuotaPerYear);
