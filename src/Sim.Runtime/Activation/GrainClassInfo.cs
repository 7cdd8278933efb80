using Microsoft.Extensions.DependencyInjection;

namespace Sim.Runtime.Activation;

/// <summary>A registered grain class: its grain type name, how to construct it, and its concurrency and placement.</summary>
internal sealed class GrainClassInfo
{
    public GrainClassInfo(Type classType, string grainType, PlacementStrategy? placement)
    {
        ClassType = classType;
        GrainType = grainType;
        Placement = placement;
        IsReentrant = classType.IsDefined(typeof(ReentrantAttribute), inherit: true);
        Factory = ActivatorUtilities.CreateFactory(classType, Type.EmptyTypes);
    }

    public Type ClassType { get; }

    public string GrainType { get; }

    public bool IsReentrant { get; }

    /// <summary>The class's own strategy, or null for the silo default.</summary>
    public PlacementStrategy? Placement { get; }

    /// <summary>Creates an instance, taking constructor arguments from dependency injection.</summary>
    public ObjectFactory Factory { get; }
}
