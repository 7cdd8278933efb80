namespace Sim.Runtime.Activation;

/// <summary>
/// The parts of an activation that idle synchronous grains never need: the queue of posted continuations and the
/// deactivation state. Allocated on first use, so an idle activation pays one null reference for them.
/// </summary>
internal sealed class ActivationExtras
{
    public WorkNode? WorkHead { get; set; }

    public WorkNode? WorkTail { get; set; }

    public DeactivationState? Deactivation { get; set; }
}
