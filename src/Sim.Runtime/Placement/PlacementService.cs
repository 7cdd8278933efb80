using Sim.Runtime.Activation;
using Sim.Runtime.Membership;

namespace Sim.Runtime.Placement;

/// <summary>Chooses the silo of a new activation: the ring owner of the grain id, or the caller's silo for prefer-local classes.</summary>
internal sealed class PlacementService(PlacementOptions options, Func<ClusterMembershipView> view, SiloAddress? local)
{
    /// <summary>The silo for a new activation, or null when no silo is active.</summary>
    /// <param name="id">The grain.</param>
    /// <param name="grainClass">Its class when known here (silos), else null (clients).</param>
    /// <param name="callerIsLocalGrain">True when a grain of the local silo makes the call.</param>
    public SiloAddress? Place(GrainId id, GrainClassInfo? grainClass, bool callerIsLocalGrain)
    {
        var current = view();
        var strategy = grainClass?.Placement ?? options.DefaultStrategy;
        if (strategy == PlacementStrategy.PreferLocal && callerIsLocalGrain && local is not null && current.StatusOf(local) == SiloStatus.Active)
        {
            return local;
        }

        return current.Ring.Owner(id.GetUniformHashCode());
    }
}
