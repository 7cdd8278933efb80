using Sim.Run.Bench.Macro;

namespace Sim.Run.Bench.Cluster;

/// <summary>
/// One measured run of either side: the <c>sim run</c> process's figures (embedded silos inside it, or the client of
/// the silo processes) and, for the cluster side, the silos' CPU time and peak memory over the run.
/// </summary>
/// <param name="Run">The <c>sim run</c> process's figures.</param>
/// <param name="SiloCpuSeconds">CPU the silo processes used during the run (0 on the embedded side).</param>
/// <param name="SiloPeakBytes">The silo processes' peak resident sets, summed (0 on the embedded side).</param>
/// <param name="Load">Load average (1, 5, 15 min) right after the run.</param>
internal sealed record ClusterRunFigures(MacroRunResult Run, double SiloCpuSeconds, long SiloPeakBytes, string Load)
{
    /// <summary>Minor page faults the silo processes took during the run (0 on the embedded side).</summary>
    public double SiloMinorFaults { get; init; }

    /// <summary>Whether this is the cluster side.</summary>
    public bool IsCluster => SiloPeakBytes > 0;

    /// <summary>CPU of every process of the side.</summary>
    public double TotalCpuSeconds => Run.CpuSeconds + SiloCpuSeconds;

    /// <summary>Peak memory of every process of the side, summed.</summary>
    public long TotalPeakBytes => Run.PeakWorkingSetBytes + SiloPeakBytes;
}
