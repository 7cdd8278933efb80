namespace Sim.Host.Running;

/// <summary>The options of <c>sim run</c>.</summary>
/// <param name="ScenarioPath">The scenario file.</param>
/// <param name="Out">Explicit run folder, or null for <c>out/&lt;scenario&gt;-seed&lt;seed&gt;</c>.</param>
/// <param name="Scale">Scale override (agents per person, 0 &lt; scale ≤ 2).</param>
/// <param name="Seed">Seed override (checked against <see cref="Sim.Model.Scenarios.SeedRange"/>; signed so that -1 gets a clear message).</param>
/// <param name="End">Last month override (<c>YYYY-MM</c>).</param>
/// <param name="Silos">In-process silos.</param>
/// <param name="Threads">The removed <c>--threads</c> option, if given (refused with an explanation).</param>
/// <param name="Force">Replace an existing run folder.</param>
/// <param name="Verbose">Show Orleans' informational logs on the terminal.</param>
/// <param name="Cluster">Submit to this cluster (<c>localhost[:PORT]</c> or a PostgreSQL connection string) instead of embedded silos.</param>
/// <param name="ClusterId">The cluster's Orleans cluster id.</param>
/// <param name="ServiceId">The cluster's Orleans service id.</param>
/// <param name="Tls">The cluster's certificate when it uses TLS (<c>--tls-cert/--tls-key</c> or <c>--tls-pfx</c>).</param>
/// <param name="CheckpointMonths">Checkpoint interval in months (1..<see cref="MaxCheckpointMonths"/>), or null for the default.</param>
/// <param name="Compression">Codec of the run's Parquet files (<c>--compression</c>), or null for the scenario's.</param>
internal sealed record RunRequest(string ScenarioPath, string? Out, double? Scale, long? Seed, string? End, int Silos, int? Threads, bool Force, bool Verbose = false,
    string? Cluster = null, string ClusterId = "sim", string ServiceId = "sim", Security.ClusterTls? Tls = null, int? CheckpointMonths = null,
    Sim.Model.Scenarios.OutputCompression? Compression = null)
{
    /// <summary>The longest checkpoint interval <c>--checkpoint-months</c> allows (ten years).</summary>
    public const int MaxCheckpointMonths = 120;
}
