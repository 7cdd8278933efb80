using System.Collections.Concurrent;

namespace Sim.Runtime.Tests.Grains;

/// <summary>A service shared by all silos of a test cluster that grains report their life cycle to.</summary>
public sealed class LifecycleLog
{
    public ConcurrentQueue<(GrainId Grain, string Silo)> Activations { get; } = new();

    public ConcurrentQueue<(GrainId Grain, string Silo, DeactivationReasonCode Reason)> Deactivations { get; } = new();

    public int ActivationsOf(GrainId grain) => Activations.Count(a => a.Grain == grain);

    public int DeactivationsOf(GrainId grain) => Deactivations.Count(d => d.Grain == grain);
}
