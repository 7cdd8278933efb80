namespace Sim.Runtime;

/// <summary>Options of one silo.</summary>
/// <remarks>
/// Orleans counterparts: <c>SiloOptions</c> (name), <c>GrainCollectionOptions</c> (collection age and quantum) and
/// <c>SchedulingOptions</c> (turn slices).
/// </remarks>
public sealed class SiloOptions
{
    /// <summary>The silo's name (appears in logs and the membership table).</summary>
    public string SiloName { get; set; } = "silo";

    /// <summary>The transport endpoint of the silo; defaults to the silo name.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Worker threads that run grain turns; 0 means one per processor.</summary>
    public int WorkerCount { get; set; }

    /// <summary>Turns (requests or continuations) an activation runs before yielding its worker to the next activation.</summary>
    public int TurnsPerSlice { get; set; } = 32;

    /// <summary>An activation idle for longer than this is deactivated.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for; collection is precise to about one quantum.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a graceful shutdown waits for activations to deactivate.</summary>
    public TimeSpan DeactivationTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
