namespace Sim.Model.Scenarios;

/// <summary>Migrant ID cards at entry.</summary>
/// <param name="Enabled">Whether cards are issued to arrivals.</param>
/// <param name="DetectionMultiplier">Detection rate multiplier for card holders.</param>
[ParameterSection("Migrant ID card lever.")]
public sealed record MigrantIdCardLever(
    [Parameter("enabled", "Whether cards are issued to arrivals.")] bool Enabled,
    [Parameter("detection_multiplier", "Detection rate multiplier for card holders.", Min = 1, Max = 100)] double DetectionMultiplier);
