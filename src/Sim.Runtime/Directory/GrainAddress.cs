namespace Sim.Runtime;

/// <summary>Where one activation of a grain lives: the grain, its silo, and the activation's id on that silo.</summary>
/// <param name="GrainId">The grain.</param>
/// <param name="SiloAddress">The silo hosting the activation.</param>
/// <param name="ActivationId">The activation's id, unique on that silo incarnation.</param>
/// <remarks>Orleans counterpart: <c>Orleans.Runtime.GrainAddress</c>.</remarks>
public readonly record struct GrainAddress(GrainId GrainId, SiloAddress SiloAddress, long ActivationId)
{
    /// <inheritdoc/>
    public override string ToString() => $"{GrainId} on {SiloAddress} #{ActivationId}";
}
