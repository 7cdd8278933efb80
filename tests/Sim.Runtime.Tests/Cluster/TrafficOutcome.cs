using System.Collections.Concurrent;

namespace Sim.Runtime.Tests.Cluster;

/// <summary>What a stream of calls experienced while the cluster changed.</summary>
public sealed class TrafficOutcome
{
    public long Succeeded;
    public long SiloUnavailable;
    public long Hung;

    public ConcurrentQueue<Exception> Unexpected { get; } = new();

    public override string ToString() =>
        $"{Succeeded} ok, {SiloUnavailable} SiloUnavailable, {Hung} hung, unexpected: {string.Join("; ", Unexpected.Take(3).Select(e => e.GetType().Name + ": " + e.Message))}";
}
