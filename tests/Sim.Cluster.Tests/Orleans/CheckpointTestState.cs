namespace Sim.Cluster.Tests.Orleans;

/// <summary>A stand-in for a region checkpoint: a month and a large binary payload.</summary>
[GenerateSerializer]
public sealed class CheckpointTestState
{
    [Id(0)]
    public int Month { get; set; }

    [Id(1)]
    public byte[]? Payload { get; set; }
}
