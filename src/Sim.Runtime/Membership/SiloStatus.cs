namespace Sim.Runtime;

/// <summary>The status of a silo in the membership table.</summary>
/// <remarks>Orleans counterpart: <c>Orleans.Runtime.SiloStatus</c> (same values).</remarks>
public enum SiloStatus
{
    /// <summary>No status (not in the table).</summary>
    None = 0,

    /// <summary>Created but not started.</summary>
    Created = 1,

    /// <summary>Started and joining the cluster; not yet hosting grains.</summary>
    Joining = 2,

    /// <summary>Alive and hosting grains.</summary>
    Active = 3,

    /// <summary>Shutting down gracefully: deactivating its grains.</summary>
    ShuttingDown = 4,

    /// <summary>Stopping (after shutdown, before dead).</summary>
    Stopping = 5,

    /// <summary>Stopped, or declared dead by the others. A dead silo never comes back (a restart is a new generation).</summary>
    Dead = 6,
}
