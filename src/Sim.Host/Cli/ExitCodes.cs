namespace Sim.Host.Cli;

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The command failed while working (an I/O error, a bug).</summary>
    public const int Failure = 1;

    /// <summary>Bad input: an invalid scenario or option, an existing run folder; nothing was done.</summary>
    public const int BadInput = 2;

    /// <summary>The cluster a run was submitted to went away during the run (its silos stopped answering).</summary>
    public const int ClusterLost = 3;

    /// <summary>Cancelled with Ctrl-C (128 + SIGINT); nothing was left behind.</summary>
    public const int Cancelled = 130;
}
