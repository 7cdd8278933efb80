using Orleans.Runtime;
using Orleans.Runtime.Placement;
using Sim.Grains.Runs;

namespace Sim.Grains.Placement;

/// <summary>Chooses the silo of a new region activation: the region's index modulo the compatible silos, in address order.</summary>
internal sealed class RegionSpreadPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target);
        if (silos.Length == 0)
        {
            throw new OrleansException($"no silo can host {target.GrainIdentity}");
        }

        Array.Sort(silos);
        var (_, index) = RunScopedKey.Parse(target.GrainIdentity.Key.ToString()!, "region");
        return Task.FromResult(silos[(int)(index % silos.Length)]);
    }
}
