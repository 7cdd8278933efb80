namespace Sim.Runtime.Activation;

/// <summary>A continuation posted to an activation's synchronization context.</summary>
internal sealed class WorkNode(SendOrPostCallback callback, object? state)
{
    public SendOrPostCallback Callback { get; } = callback;

    public object? State { get; } = state;

    public WorkNode? Next { get; set; }
}
