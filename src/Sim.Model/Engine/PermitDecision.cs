namespace Sim.Model.Engine;

/// <summary>The answer to a permit application.</summary>
/// <param name="Granted">Whether the permit was granted (the person's status has changed).</param>
/// <param name="Reason">Why, in words (the rule that decided).</param>
public sealed record PermitDecision(bool Granted, string Reason);
