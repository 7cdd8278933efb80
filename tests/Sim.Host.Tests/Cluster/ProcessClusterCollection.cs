namespace Sim.Host.Tests.Cluster;

/// <summary>
/// The tests that start clusters of silo processes run one at a time and alone: each cluster takes every core of a
/// small machine for seconds, and membership must not mistake a starved silo for a dead one.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessClusterCollection
{
    public const string Name = "process cluster";
}
