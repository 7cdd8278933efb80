namespace Sim.Runtime;

/// <summary>The reason passed to <see cref="Grain.OnDeactivateAsync"/>.</summary>
/// <param name="ReasonCode">The machine-readable reason.</param>
/// <param name="Description">A human-readable description.</param>
/// <remarks>Orleans counterpart: <c>Orleans.DeactivationReason</c>.</remarks>
public readonly record struct DeactivationReason(DeactivationReasonCode ReasonCode, string Description)
{
    /// <inheritdoc/>
    public override string ToString() => $"{ReasonCode}: {Description}";
}
