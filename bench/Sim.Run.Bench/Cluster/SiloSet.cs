using System.Globalization;
using Sim.Run.Bench.Common;

namespace Sim.Run.Bench.Cluster;

/// <summary>
/// The cluster side's three <c>sim silo</c> processes on loopback ports, started fresh for each run (so each run's
/// peak memory is its own), with their CPU time and peak resident memory over the run.
/// </summary>
internal sealed class SiloSet : IAsyncDisposable
{
    private static readonly TimeSpan UpTimeout = TimeSpan.FromSeconds(120);

    private SiloSet(IReadOnlyList<SiloProcess> silos) => Silos = silos;

    /// <summary>The silos, the first being the primary under localhost membership.</summary>
    public IReadOnlyList<SiloProcess> Silos { get; }

    /// <summary>Starts the silos (logs in <paramref name="logFolder"/>, named by <paramref name="tag"/>) and waits until all are up.</summary>
    public static async Task<SiloSet> StartAsync(ClusterOptions options, string logFolder, string tag)
    {
        var silos = new List<SiloProcess>();
        try
        {
            for (var i = 0; i < ClusterOptions.Silos; i++)
            {
                var arguments = new List<string>
                {
                    "--membership", options.Membership, "--advertise", "127.0.0.1",
                    "--silo-port", options.SiloPort(i).ToString(CultureInfo.InvariantCulture),
                    "--gateway-port", options.GatewayPort(i).ToString(CultureInfo.InvariantCulture),
                };
                if (options.IsLocalhost && i > 0)
                {
                    arguments.AddRange(["--primary-silo-port", options.SiloPort(0).ToString(CultureInfo.InvariantCulture)]);
                }

                silos.Add(SiloProcess.Start(options.SiloFolder, options.SiloEnvironment, arguments, Path.Combine(logFolder, $"{tag}-silo{i + 1}.log"), options.SiloPort(i)));
                if (options.IsLocalhost && i == 0)
                {
                    // The others join through the primary: it must be up first.
                    await silos[0].WaitUpAsync(UpTimeout);
                }
            }

            await Task.WhenAll(silos.Select(s => s.WaitUpAsync(UpTimeout)));
            return new SiloSet(silos);
        }
        catch
        {
            foreach (var silo in silos)
            {
                silo.Dispose();
            }

            throw;
        }
    }

    /// <summary>CPU seconds the silos used since they were up, summed (NaN if one is gone).</summary>
    public double CpuSinceUp() => Silos.Sum(s => ProcStat.CpuSeconds(s.Pid) - s.CpuAtUp);

    /// <summary>Minor page faults the silos have taken since they started, summed (NaN if one is gone).</summary>
    public double MinorFaults() => Silos.Sum(s => ProcStat.MinorFaults(s.Pid));

    /// <summary>The silos' peak resident sets, summed (an upper bound of what they held at once).</summary>
    public long PeakResidentBytes() => Silos.Sum(s => ProcStat.PeakResidentBytes(s.Pid));

    /// <summary>Stops every silo still running (SIGTERM, then SIGKILL after 30 s).</summary>
    public async ValueTask DisposeAsync()
    {
        // Non-primaries first: a localhost primary going away first leaves the others probing a dead membership.
        foreach (var silo in Silos.Reverse())
        {
            await silo.StopAsync(TimeSpan.FromSeconds(30));
            silo.Dispose();
        }
    }
}
