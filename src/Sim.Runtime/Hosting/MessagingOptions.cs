namespace Sim.Runtime;

/// <summary>Options of calls between endpoints.</summary>
/// <remarks>Orleans counterpart: <c>Orleans.Configuration.MessagingOptions</c> (ResponseTimeout, MaxForwardCount).</remarks>
public sealed class MessagingOptions
{
    /// <summary>A call sent to another silo fails with <see cref="TimeoutException"/> if no response arrives within this time.</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a request may be forwarded between silos (stale directory or placement) before it fails.</summary>
    public int MaxForwardCount { get; set; } = 3;
}
