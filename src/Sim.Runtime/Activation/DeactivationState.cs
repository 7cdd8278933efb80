namespace Sim.Runtime.Activation;

/// <summary>Allocated only while an activation deactivates: why, and who waits for it.</summary>
internal sealed class DeactivationState(DeactivationReason reason)
{
    public DeactivationReason Reason { get; } = reason;

    public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
