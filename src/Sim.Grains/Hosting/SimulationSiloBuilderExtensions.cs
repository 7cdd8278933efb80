using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime.Hosting;
using Orleans.Storage;
using Sim.Grains.Checkpoints;
using Sim.Grains.Placement;
using Sim.Grains.Runs;

namespace Sim.Grains.Hosting;

/// <summary>What every silo that hosts runs needs, whoever builds it (the embedded cluster, a test cluster, a silo process).</summary>
public static class SimulationSiloBuilderExtensions
{
    /// <summary>
    /// Adds the run's services to <paramref name="silo"/>: the run-context cache (one per silo unless the host registered
    /// a shared one), the region placement, the response timeout of grain calls, and the checkpoint storage: the
    /// given one, else one registered before under <see cref="CheckpointStorage.ProviderName"/> (PostgreSQL on a
    /// cluster), else this silo's memory (which dies with the silo: fine for a single embedded silo, whose death is
    /// its process's).
    /// </summary>
    /// <param name="silo">The silo.</param>
    /// <param name="callTimeout">How long a grain call may take before it fails with a <see cref="TimeoutException"/>.</param>
    /// <param name="checkpoints">Checkpoint storage shared with other silos (an embedded cluster shares one per process).</param>
    public static ISiloBuilder AddSimulation(this ISiloBuilder silo, TimeSpan callTimeout, IGrainStorage? checkpoints = null)
    {
        ArgumentNullException.ThrowIfNull(silo);
        if (checkpoints is not null)
        {
            silo.Services.AddGrainStorage(CheckpointStorage.ProviderName, (_, _) => checkpoints);
        }
        else
        {
            silo.Services.TryAddKeyedSingleton<IGrainStorage>(CheckpointStorage.ProviderName, (_, _) => new ProcessMemoryGrainStorage());
        }

        silo.Services.TryAddSingleton<RunContextCache>();
        silo.Services.AddOptions<RunWatchdogOptions>();
        silo.Services.AddPlacementDirector<RegionSpreadPlacement, RegionSpreadPlacementDirector>();
        silo.Configure<SiloMessagingOptions>(o =>
        {
            o.ResponseTimeout = callTimeout;
            o.MaxMessageBodySize = SimulationClusterOptions.MaxMessageBodyBytes;
        });

        // A killed silo is declared dead in about 4-5 s instead of Orleans' 12-14 s default: two missed probes of
        // 2 s each. Not lower: a 1:1 month saturates every core for seconds, and a probe answered late must not
        // get a live silo voted dead.
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(2);
            o.NumMissedProbesLimit = 2;
            o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
        });
        return silo;
    }
}
