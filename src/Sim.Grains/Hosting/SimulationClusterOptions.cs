using Microsoft.Extensions.Logging;

namespace Sim.Grains.Hosting;

/// <summary>How to host a run: silos in this process, worker threads, logging.</summary>
public sealed class SimulationClusterOptions
{
    /// <summary>In-process silos (each a full silo; calls between them go through the serializer).</summary>
    public int Silos { get; set; } = 1;

    /// <summary>Worker threads of each silo; 0 means one per processor.</summary>
    public int Threads { get; set; }

    /// <summary>How long a grain call may take before it fails (a month of a full-scale region takes about a second).</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Logging of the silos and the client (none by default).</summary>
    public Action<ILoggingBuilder>? Logging { get; set; }
}
