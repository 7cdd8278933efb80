namespace Sim.Calibration.Fit;

/// <summary>How a comparison is judged against its tolerance.</summary>
public enum FitCheck
{
    /// <summary>Informational: no pass or fail.</summary>
    None,

    /// <summary>The simulated statistic must be at most the tolerance (e.g. ARD ≤ 0.005).</summary>
    AtMost,

    /// <summary>|sim − obs| / obs must be at most the tolerance.</summary>
    WithinRelative,

    /// <summary>|sim − obs| must be at most the tolerance (e.g. rent rise within ±10 points).</summary>
    WithinDifference,

    /// <summary>The simulated count must be at least the tolerance (e.g. 18 of 20 signs right).</summary>
    AtLeast,
}
