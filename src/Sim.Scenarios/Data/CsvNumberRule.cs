namespace Sim.Scenarios;

/// <summary>What a numeric CSV field may hold.</summary>
/// <param name="Min">Smallest value allowed.</param>
/// <param name="Max">Largest value allowed.</param>
/// <param name="Allowed">The range as written in messages, with its unit.</param>
/// <param name="Whole">Whether only whole numbers are allowed.</param>
/// <param name="Optional">Whether the field may be empty.</param>
internal sealed record CsvNumberRule(double Min, double Max, string Allowed, bool Whole = false, bool Optional = false);
