namespace Sim.Runtime.Scheduler;

/// <summary>Something a worker runs: an activation's slice of turns, or a system task.</summary>
internal interface IWorkItem
{
    /// <summary>Runs a bounded amount of work and returns; never blocks.</summary>
    void Execute();
}
