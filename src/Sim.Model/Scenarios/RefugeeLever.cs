namespace Sim.Model.Scenarios;

/// <summary>Refugee status and non-expulsion.</summary>
/// <param name="Enabled">Whether claims are examined.</param>
/// <param name="NonExpulsion">Whether rejected claimants are protected from expulsion.</param>
/// <param name="GrantMultiplier">Multiplier of the base grant share.</param>
public sealed record RefugeeLever(bool Enabled, bool NonExpulsion, double GrantMultiplier);
