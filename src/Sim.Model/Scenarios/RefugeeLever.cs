namespace Sim.Model.Scenarios;

/// <summary>Refugee status and non-expulsion.</summary>
/// <param name="Enabled">Whether asylum claims are examined.</param>
/// <param name="NonExpulsion">Whether rejected claimants facing persecution are protected from expulsion.</param>
/// <param name="GrantMultiplier">Multiplier of the base grant share.</param>
[ParameterSection("Refugee lever.")]
public sealed record RefugeeLever(
    [Parameter("enabled", "Whether asylum claims are examined.")] bool Enabled,
    [Parameter("non_expulsion", "Whether rejected claimants facing persecution are protected from expulsion.")] bool NonExpulsion,
    [Parameter("grant_multiplier", "Multiplier of the base grant share.", Min = 0, Max = 10)] double GrantMultiplier);
