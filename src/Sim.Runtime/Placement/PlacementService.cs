using Sim.Runtime.Activation;
using Sim.Runtime.Membership;

namespace Sim.Runtime.Placement;

/// <summary>Chooses the silo of a new activation: the ring owner of the grain id, or the calling silo for prefer-local classes.</summary>
internal sealed class PlacementService(PlacementOptions options, Func<ClusterMembershipView> view, SiloAddress? local)
{
    /// <summary>The silo for a new activation, or null when no silo is active.</summary>
    /// <param name="id">The grain.</param>
    /// <param name="grainClass">Its class when known here (silos), else null (clients).</param>
    /// <param name="originatesHere">True when the call was made on the local silo (by a grain or host code).</param>
    public SiloAddress? Place(GrainId id, GrainClassInfo? grainClass, bool originatesHere)
    {
        var current = view();
        var strategy = grainClass?.Placement ?? options.DefaultStrategy;
        if (strategy == PlacementStrategy.PreferLocal && originatesHere && local is not null && current.StatusOf(local) == SiloStatus.Active)
        {
            return local;
        }

        return current.Ring.Owner(id.GetUniformHashCode());
    }
}
