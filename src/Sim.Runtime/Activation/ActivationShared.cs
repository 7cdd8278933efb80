namespace Sim.Runtime.Activation;

/// <summary>What all activations of one grain class on one silo share, so each activation stores one reference.</summary>
internal sealed class ActivationShared(Silo silo, GrainClassInfo grainClass)
{
    public Silo Silo { get; } = silo;

    public GrainClassInfo Class { get; } = grainClass;

    public IGrainFactory GrainFactory => Silo.GrainFactory;
}
