namespace Sim.Runtime.Testing;

/// <summary>Options of a <see cref="TestCluster"/>.</summary>
/// <remarks>Orleans counterpart: <c>Orleans.TestingHost.TestClusterOptions</c>.</remarks>
public sealed class TestClusterOptions
{
    /// <summary>Silos started by <see cref="TestCluster.DeployAsync"/>.</summary>
    public int InitialSilosCount { get; set; } = 2;

    /// <summary>The cluster id.</summary>
    public string ClusterId { get; set; } = "test";

    /// <summary>How long <see cref="TestCluster.WaitForLivenessToStabilizeAsync"/> waits before giving up.</summary>
    public TimeSpan LivenessTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
