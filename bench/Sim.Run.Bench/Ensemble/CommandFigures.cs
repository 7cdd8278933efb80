namespace Sim.Run.Bench.Ensemble;

/// <summary>What one <c>sim</c> command cost in its own process.</summary>
/// <param name="WallSeconds">Elapsed time of the command.</param>
/// <param name="CpuSeconds">CPU time of the process during the command (all threads, user + system).</param>
/// <param name="PeakWorkingSetBytes">Peak working set of the process.</param>
internal sealed record CommandFigures(double WallSeconds, double CpuSeconds, long PeakWorkingSetBytes)
{
    /// <summary>Prefix of the child's result line.</summary>
    public const string Marker = "SIM-COMMAND-FIGURES ";
}
