namespace Sim.Runtime;

/// <summary>Exposes the hosting silo's identity.</summary>
internal sealed class LocalSiloDetails(Silo silo) : ILocalSiloDetails
{
    public string Name => silo.Options.SiloName;

    public SiloAddress SiloAddress => silo.Address;

    public string ClusterId => silo.ClusterOptions.ClusterId;
}
