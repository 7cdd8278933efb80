namespace Sim.Model.Scenarios;

/// <summary>Migrant ID cards at entry.</summary>
/// <param name="Enabled">Whether cards are issued.</param>
/// <param name="DetectionMultiplier">Detection multiplier for card holders.</param>
public sealed record MigrantIdCardLever(bool Enabled, double DetectionMultiplier);
