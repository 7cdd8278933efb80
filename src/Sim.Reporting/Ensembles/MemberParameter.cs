namespace Sim.Reporting.Ensembles;

/// <summary>One parameter value an ensemble member ran with, drawn from the calibration's uncertainty.</summary>
/// <param name="Seed">The member's seed (names its folder).</param>
/// <param name="Key">Dotted key path of the scenario parameter.</param>
/// <param name="Value">The value the member ran with.</param>
public sealed record MemberParameter(ulong Seed, string Key, double Value);
