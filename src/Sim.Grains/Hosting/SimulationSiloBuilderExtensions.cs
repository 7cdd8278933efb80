using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Hosting;
using Sim.Grains.Placement;
using Sim.Grains.Runs;

namespace Sim.Grains.Hosting;

/// <summary>What every silo that hosts runs needs, whoever builds it (the embedded cluster, a test cluster, a silo process).</summary>
public static class SimulationSiloBuilderExtensions
{
    /// <summary>
    /// Adds the run's services to <paramref name="silo"/>: the run-context cache (one per silo unless the host registered
    /// a shared one), the region placement, and the response timeout of grain calls.
    /// </summary>
    /// <param name="silo">The silo.</param>
    /// <param name="callTimeout">How long a grain call may take before it fails with a <see cref="TimeoutException"/>.</param>
    public static ISiloBuilder AddSimulation(this ISiloBuilder silo, TimeSpan callTimeout)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.TryAddSingleton<RunContextCache>();
        silo.Services.AddPlacementDirector<RegionSpreadPlacement, RegionSpreadPlacementDirector>();
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = callTimeout);
        return silo;
    }
}
