using Microsoft.Extensions.Logging;

namespace Sim.Grains.Hosting;

/// <summary>How to host runs in this process: how many silos, how long a call may take, where logs go.</summary>
public sealed class SimulationClusterOptions
{
    /// <summary>Most silos one process may start (each is a full Orleans silo with its own sockets and threads).</summary>
    public const int MaxSilos = 16;

    /// <summary>
    /// The largest message silos and clients accept. A December of a snapshot year carries every region's person
    /// snapshot to the driver in one month report: about 160 MB at 1:1 (20 million persons), over Orleans' 100 MB
    /// default, which made a 1:1 run on silo processes hang at its first snapshot. 1 GiB leaves room for growth.
    /// </summary>
    public const int MaxMessageBodyBytes = 1 << 30;

    /// <summary>Silos started in this process; they talk over loopback TCP through Orleans' serializer.</summary>
    public int Silos { get; set; } = 1;

    /// <summary>
    /// How long a grain call may take before it fails with a <see cref="TimeoutException"/> naming the grain. A month
    /// of the whole 1:1 country takes seconds on two cores; the limit is there to turn a hung call into an error.
    /// </summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromMinutes(10);

    private static int _clusters;

    /// <summary>Orleans' cluster id; every embedded cluster gets its own, so that two runs on one machine never join each other.</summary>
    public string ClusterId { get; set; } = string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"sim-{Environment.ProcessId}-{Interlocked.Increment(ref _clusters)}");

    /// <summary>Logging of the silos (Orleans' own categories included); none by default.</summary>
    public Action<ILoggingBuilder>? Logging { get; set; }
}
