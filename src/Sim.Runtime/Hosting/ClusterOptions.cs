namespace Sim.Runtime;

/// <summary>Identity of the cluster a silo or client belongs to.</summary>
/// <remarks>Orleans counterpart: <c>Orleans.Configuration.ClusterOptions</c>.</remarks>
public sealed class ClusterOptions
{
    /// <summary>The cluster's id (one deployment).</summary>
    public string ClusterId { get; set; } = "dev";

    /// <summary>The service's id (stable across deployments).</summary>
    public string ServiceId { get; set; } = "sim";
}
