namespace Sim.Runtime.Bench.Macro;

/// <summary>
/// One macro benchmark: <see cref="Setup"/> starts a cluster once and returns the timed section, which runs several
/// times in that cluster (after a warm-up); the cluster is disposed at the end.
/// </summary>
internal sealed record Scenario(string Name, string Unit, Func<Task<(IAsyncDisposable Cluster, Func<Task<Measurement>> Run)>> Setup);
